/** The chapter the app was opened on (a deep link or "Continue reading"), read once at start. */
export const startChapter: string | undefined = /^\/read\/([\w-]+)/.exec(location.pathname)?.[1];
