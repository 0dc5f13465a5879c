/** An article's status in the studio's list (browser and server alike). */
export const STATUSES = ["Publié", "Brouillon", "Programmé", "À réparer"] as const;
export type Status = (typeof STATUSES)[number];
