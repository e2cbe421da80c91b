import type { RuleSpec } from '../../lib/rules/spec';

/**
 * An analyst's first rules for the demo product titles: whitelists for the three rare categories, whose titles
 * the model sees a few dozen times at most, and a blacklist for head nouns shared with phone accessories.
 */
export const DEMO_PRODUCT_RULES: Omit<RuleSpec, 'enabled'>[] = [
  {
    kind: 'whitelist',
    field: 'title',
    pattern: '\\b(ukulele|metronome|music stand|guitar case)\\b',
    class: 'musical instruments',
    priority: 10,
    note: 'Instrument nouns and cases made for instruments.',
  },
  {
    kind: 'whitelist',
    field: 'title',
    pattern: '\\b(fire extinguisher|smoke detector|first aid kit|safety goggles)\\b',
    class: 'safety equipment',
    priority: 10,
    note: '',
  },
  { kind: 'whitelist', field: 'title', pattern: '\\b(sewing|thread set|fabric scissors)\\b', class: 'sewing', priority: 10, note: '' },
  {
    kind: 'blacklist',
    field: 'title',
    pattern: '\\b(music stand|guitar case|sewing kit case)\\b',
    class: 'phone accessories',
    priority: 0,
    note: 'Stands and cases that are not for phones.',
  },
];
