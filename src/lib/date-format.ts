// Date formatters made on first use. The first Intl.DateTimeFormat a page makes
// loads the browser's locale data: about 50 ms of main thread on a phone (4×
// CPU), paid at module load when a formatter is a module constant, on screens
// that show no date at all (the Practice tab, through the coach's chart).

type Options = Intl.DateTimeFormatOptions;

/** A `format(date)` whose Intl.DateTimeFormat (the user's locale, these options) is made at its first call. */
export function dateFormat(options: Options): (date: Date | number) => string {
  let made: Intl.DateTimeFormat | undefined;
  return (date) => (made ??= new Intl.DateTimeFormat(undefined, options)).format(date);
}

/** The same for a local calendar day written YYYY-MM-DD (formatted at its noon, clear of any clock change). */
export function dayFormat(options: Options): (day: string) => string {
  const format = dateFormat(options);
  return (day) => format(new Date(`${day}T12:00:00`));
}

let warmed = false;

/**
 * Loads the locale data now, while the screen waits for something else (its
 * database reads run on another thread): the first date it formats is then cheap.
 */
export function warmDateFormats(): void {
  if (warmed) return;
  warmed = true;
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(0);
}
