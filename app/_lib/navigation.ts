/** Only same-site paths may be redirected to after sign-in; anything else goes home. */
export function safeCallbackUrl(value: string | null, fallback = '/'): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : fallback;
}
