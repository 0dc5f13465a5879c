/** The header the studio page sends its session token in (lib/studio/guard.ts checks it). */
export const TOKEN_HEADER = "x-chapeau-studio";
