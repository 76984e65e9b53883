/** How long a store call may wait: to connect and get an answer, and in silence while data moves. */
export const STORE_DEADLINES = { firstByteMs: 30_000, idleMs: 60_000 } as const;
