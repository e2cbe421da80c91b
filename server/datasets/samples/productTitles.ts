/**
 * Short product titles over 15 categories, as a marketplace catalogue receives them. Most categories are common and
 * worded regularly (brand, adjectives, a head noun, a spec), which a classifier generalizes from. Three are rare
 * (a few dozen titles or fewer), and some head nouns are shared across categories ("case", "stand", "bag"), so that
 * a title's category turns on one word the model rarely saw: the edge cases analysts write rules for.
 */
import { seededRandom } from '../../../lib/random';

interface Category {
  name: string;
  weight: number;
  nouns: string[];
  adjectives: string[];
  specs: string[];
}

const C = (name: string, weight: number, nouns: string[], adjectives: string[], specs: string[]): Category => ({
  name,
  weight,
  nouns,
  adjectives,
  specs,
});

const CATEGORIES: Category[] = [
  C(
    'phone accessories',
    10,
    ['Phone Case', 'Screen Protector', 'Phone Stand', 'Charging Cable'],
    ['Slim', 'Shockproof', 'Clear', 'Magnetic'],
    ['for iPhone 15', 'for Galaxy S24', 'USB-C', '2 Pack'],
  ),
  C(
    'laptops',
    8,
    ['Laptop', 'Notebook', 'Chromebook', 'Ultrabook'],
    ['Thin', 'Lightweight', 'Gaming', 'Business'],
    ['16GB RAM', '512GB SSD', '14 inch', '15.6 inch'],
  ),
  C(
    'headphones',
    9,
    ['Headphones', 'Earbuds', 'Headset', 'Earphones'],
    ['Wireless', 'Noise Cancelling', 'Over-Ear', 'Bluetooth'],
    ['40h Battery', 'with Mic', 'Black', 'White'],
  ),
  C(
    'shoes',
    9,
    ['Running Shoes', 'Sneakers', 'Trail Shoes', 'Walking Shoes'],
    ['Breathable', 'Lightweight', 'Cushioned', 'Mens', 'Womens'],
    ['Size 9', 'Size 10', 'Wide Fit', 'Grey'],
  ),
  C(
    'kitchen',
    9,
    ['Coffee Maker', 'Blender', 'Toaster', 'Kettle', 'Knife Set'],
    ['Stainless', 'Programmable', 'Compact', 'Electric'],
    ['12 Cup', '1.7L', '1000W', 'Silver'],
  ),
  C(
    'pet supplies',
    7,
    ['Dog Food', 'Cat Litter', 'Dog Bed', 'Cat Tree', 'Pet Carrier Bag'],
    ['Grain Free', 'Orthopedic', 'Clumping', 'Washable'],
    ['30 lb', 'Large', 'Salmon Recipe', 'Unscented'],
  ),
  C(
    'toys and games',
    7,
    ['Board Game', 'Puzzle', 'Building Set', 'Card Game'],
    ['Family', 'Strategy', 'Educational', 'Classic'],
    ['1000 Pieces', 'Ages 8+', '2-6 Players', 'Deluxe Edition'],
  ),
  C(
    'fitness',
    7,
    ['Yoga Mat', 'Dumbbells', 'Resistance Bands', 'Gym Bag'],
    ['Non Slip', 'Adjustable', 'Extra Thick', 'Heavy Duty'],
    ['6mm', '25 lb Pair', 'Set of 5', 'Purple'],
  ),
  C(
    'watches',
    6,
    ['Watch', 'Smartwatch', 'Fitness Tracker', 'Watch Band'],
    ['Analog', 'Waterproof', 'Leather', 'Chronograph'],
    ['42mm', 'Heart Rate', 'Rose Gold', 'Steel'],
  ),
  C(
    'lighting',
    6,
    ['Desk Lamp', 'Floor Lamp', 'LED Bulbs', 'String Lights', 'Lamp Stand'],
    ['Dimmable', 'Warm White', 'Smart', 'Vintage'],
    ['60W Equivalent', '4 Pack', 'USB Powered', '33 ft'],
  ),
  C(
    'camping',
    6,
    ['Tent', 'Sleeping Bag', 'Camping Stove', 'Headlamp'],
    ['Waterproof', '4 Person', 'Ultralight', 'Portable'],
    ['3 Season', 'with Carry Bag', '20F', 'Rechargeable'],
  ),
  C(
    'baby',
    5,
    ['Stroller', 'Baby Carrier', 'Diaper Bag', 'High Chair'],
    ['Foldable', 'Ergonomic', 'Convertible', 'Travel'],
    ['Newborn', '0-36 Months', 'Grey', 'with Canopy'],
  ),
  // Rare: a few dozen titles at most, with nouns that also appear elsewhere.
  C(
    'musical instruments',
    0.6,
    ['Guitar Case', 'Music Stand', 'Ukulele', 'Metronome'],
    ['Hard Shell', 'Folding', 'Concert', 'Digital'],
    ['for Acoustic Guitar', 'Adjustable', 'Beginner Kit', 'Black'],
  ),
  C(
    'safety equipment',
    0.4,
    ['Fire Extinguisher', 'Smoke Detector', 'First Aid Kit', 'Safety Goggles'],
    ['Rechargeable', 'Home', 'Professional', 'Anti Fog'],
    ['5 lb', '10 Year Battery', '299 Pieces', 'ANSI Z87'],
  ),
  C(
    'sewing',
    0.25,
    ['Sewing Machine', 'Thread Set', 'Fabric Scissors', 'Sewing Kit Case'],
    ['Computerized', 'Portable', 'Heavy Duty', 'Beginner'],
    ['100 Stitches', '48 Spools', '8 inch', 'Travel Size'],
  ),
];

const BRANDS = ['Acme', 'Northwind', 'Contoso', 'Lumina', 'Vertex', 'Orbit', 'Pinecrest', 'Bluefin', 'Kestrel', 'Solace'];

export function* productTitleLines(rows: number, seed = 13): Generator<string> {
  const random = seededRandom(seed);
  const total = CATEGORIES.reduce((sum, c) => sum + c.weight, 0);
  const drawCategory = () => {
    let x = random.float() * total;
    for (const c of CATEGORIES) if ((x -= c.weight) < 0) return c;
    return CATEGORIES.at(-1)!;
  };
  for (let i = 0; i < rows; i++) {
    const c = drawCategory();
    const words = [
      random.pick(BRANDS),
      ...(random.chance(0.7) ? [random.pick(c.adjectives)] : []),
      random.pick(c.nouns),
      ...(random.chance(0.6) ? [random.pick(c.specs)] : []),
    ];
    yield JSON.stringify({ title: words.join(' '), category: c.name });
  }
}
