// Build only: a launch on a screen that loads on demand starts fetching that
// screen's code while the HTML is still being read, not after the app's entry
// has been evaluated (a whole round trip later on a slow link, and a busy main
// thread later offline). The build writes a tiny classic script with the
// route → chunks map into index.html, before the entry. It is inline, allowed
// by its hash in the page's Content-Security-Policy: as a file of its own it was
// one more request, and a first visit over a slow link found the launch
// screen's chunks only when that request came back (Lighthouse LCP on /practice,
// fresh-Chrome runs: median 1.15 s, some runs 1.24 s; inline: median 1.12 s,
// none over 1.15 s).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/** Route patterns, first match wins, and the module that draws each (as App.tsx routes them). */
const ROUTES: readonly [pattern: string, module: string][] = [
  ['^/read/updates$', 'src/features/read/ErrataScreen.tsx'],
  ['^/read/[\\w-]+$', 'src/features/read/ChapterScreen.tsx'],
  ['^/search$', 'src/features/read/SearchScreen.tsx'],
  ['^/practice$', 'src/features/practice/PracticeScreen.tsx'],
  ['^/practice/[\\w-]+/q$', 'src/features/practice/PracticeSessionScreen.tsx'],
  ['^/practice/[\\w-]+$', 'src/features/practice/PackScreen.tsx'],
  ['^/exam/[\\w-]+/review$', 'src/features/exam/ExamReviewScreen.tsx'],
  ['^/exam/[\\w-]+$', 'src/features/exam/ExamScreen.tsx'],
  ['^/results/[\\w-]+$', 'src/features/exam/ResultsScreen.tsx'],
  ['^/review$', 'src/features/review/ReviewScreen.tsx'],
  ['^/review/cards$', 'src/features/flashcards/FlashcardsScreen.tsx'],
  ['^/progress$', 'src/features/progress/ProgressScreen.tsx'],
  ['^/progress/log(/[\\w:-]+)?$', 'src/features/progress/LogStudyScreen.tsx'],
  ['^/progress/timer$', 'src/features/progress/TimerScreen.tsx'],
  ['^/progress/scores$', 'src/features/progress/ScoresScreen.tsx'],
  ['^/settings$', 'src/features/settings/SettingsScreen.tsx'],
];
const CHAPTER_MODULE = /virtual:guide\/chapter\/([\w-]+)$/;

/** A chunk and every chunk it imports statically, as files. */
function closure(bundle: OutputBundle, start: string, into = new Set<string>()): Set<string> {
  if (into.has(start)) return into;
  const chunk = bundle[start];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`start preload: ${start} is not a chunk`);
  into.add(start);
  for (const dep of chunk.imports) closure(bundle, dep, into);
  return into;
}

/** The classic script written into index.html: adds modulepreload hints for the launch route. */
export function startPreloadScript(routes: readonly [string, string[]][], chapters: Record<string, string[]>): string {
  return `(function(){var p=location.pathname,r=${JSON.stringify(routes)},c=${JSON.stringify(chapters)},m=/^\\/read\\/([\\w-]+)$/.exec(p),f=[];for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){f=r[i][1];break}if(m&&Object.prototype.hasOwnProperty.call(c,m[1]))f=f.concat(c[m[1]]);for(var j=0;j<f.length;j++){var l=document.createElement("link");l.rel="modulepreload";l.href="/"+f[j];document.head.appendChild(l)}})();\n`;
}

export function startPreloadPlugin(): Plugin {
  let script: string | undefined;
  return {
    name: 'dva-start-preload',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const entries = chunks.filter((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
        if (entries.length !== 1) throw new Error(`start preload: expected one entry from index.html, found ${entries.map((c) => c.fileName).join(', ') || 'none'}`);
        const entry = entries[0]!;
        // The entry's own graph is in index.html already.
        const inHtml = closure(bundle, entry.fileName);
        const facade = (module: string) => chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
        const routes = ROUTES.map(([pattern, module]): [string, string[]] => {
          const chunk = facade(module);
          if (!chunk) throw new Error(`start preload: no chunk is drawn from ${module} (a route in scripts/shell/vite-plugin-start-preload.ts)`);
          return [pattern, [...closure(bundle, chunk.fileName)].filter((f) => !inHtml.has(f))];
        });
        const chapters: Record<string, string[]> = {};
        for (const c of chunks) {
          const id = c.facadeModuleId ? CHAPTER_MODULE.exec(c.facadeModuleId)?.[1] : undefined;
          if (id) chapters[id] = [...closure(bundle, c.fileName)].filter((f) => !inHtml.has(f));
        }
        if (Object.keys(chapters).length === 0) throw new Error('start preload: found no chapter chunks (virtual:guide/chapter/ID)');
        script = startPreloadScript(routes, chapters).trim();
        // It is written between <script> and </script>: nothing in it may end or comment out that element.
        if (/<\/script|<!--/i.test(script)) throw new Error('start preload: the start script contains "</script" or "<!--" and cannot be inlined');
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!script) throw new Error('start preload: index.html was written before the start script');
        const hash = createHash('sha256').update(script).digest('base64');
        if (!html.includes("script-src 'self'")) throw new Error("start preload: index.html's Content-Security-Policy has no script-src 'self' to add the start script's hash to");
        return html
          .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
          .replace('<script type="module"', `<script>${script}</script>\n    <script type="module"`);
      },
    },
  };
}
