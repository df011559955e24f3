import type { ComponentChildren } from 'preact';

/** What a form says above its fields after an attempt: done, or why not. */
export type BannerMessage = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

/** The banner of a form: an alert for an error, a status line for a save, with any buttons under it. */
export function FormBanner({ banner, children }: { banner: BannerMessage; children?: ComponentChildren }) {
  if (!banner) return null;
  return (
    <div class={`banner banner--${banner.kind}`} role={banner.kind === 'error' ? 'alert' : 'status'}>
      {banner.text}
      {children}
    </div>
  );
}
