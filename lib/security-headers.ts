/**
 * The security headers of every response, in both deployment modes: next.config.ts sends them
 * in server mode; the static build writes them for the hosts that read header files
 * (`_headers`, `vercel.json`, the nginx include). One list, so the modes cannot drift.
 */

export type Header = { key: string; value: string };

// Features the site never uses are denied to it and to anything it embeds.
const DENIED_FEATURES = [
  "accelerometer", "browsing-topics", "camera", "display-capture",
  "geolocation", "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment",
  "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
];
// What a video player needs once the reader has asked for it.
const PLAYER_FEATURES = ["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"];

/**
 * Scripts: Next.js streams each statically generated page with inline `<script>` tags whose
 * content differs per page, and a nonce would force every page to be rendered per request. So
 * inline scripts are allowed ('unsafe-inline'); what limits the risk is that no script may come
 * from another origin, article HTML goes through an allowlist sanitiser (no script, no event
 * handler, no `javascript:` URL), MDX expressions are refused, and `object-src`, `base-uri`,
 * `form-action` and `frame-ancestors` are locked. 'wasm-unsafe-eval' lets the search index
 * (WebAssembly) run; it allows no JavaScript eval.
 */
export function contentSecurityPolicy(frameOrigins: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    `frame-src ${frameOrigins.length ? frameOrigins.join(" ") : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function permissionsPolicy(frameOrigins: string[]): string {
  const players = ["self", ...frameOrigins.map((o) => `"${o}"`)].join(" ");
  return [...DENIED_FEATURES.map((f) => `${f}=()`), ...PLAYER_FEATURES.map((f) => `${f}=(${players})`)].join(", ");
}

export function securityHeaders(frameOrigins: string[]): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(frameOrigins) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy(frameOrigins) },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
