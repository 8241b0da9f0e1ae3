import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline } from '../../../scripts/lib/md-escape.mjs';
import { loadSeed } from '../../../scripts/lib/seed-data.mjs';
import { htmlToText, renderHtml, words } from '../../../scripts/lib/render-text.mjs';

const seed = loadSeed();
const roundTrip = (text: string) => htmlToText(renderHtml(escapeBlock(text))).trim();

describe('Markdown escaping of prose', () => {
  it('hazardous strings render literally', () => {
    const hazards = [
      'Use s3:* or s3:Get* in "Action" and the cron 0 0 * * ? * at midnight',
      '${aws:username} and ${cognito-identity.amazonaws.com:sub}/*',
      '__pycache__ and my_function_name and *emphasis* and **strong**',
      '<br/> <div>html</div> a < b > c',
      '[link](http://example.com) ![img](x.png) [ref]',
      '~60 minutes and ~70 minutes, ~~strike~~',
      'a | b | c',
      '&amp; &copy; &#169; R&D',
      '`code` and \\ backslash',
      '# not a heading',
      '1. not a list',
      '- not a bullet',
      '+ not a bullet',
      '> not a quote',
      '---',
      '===',
      '$5 threshold and $0.40/secret',
    ];
    for (const h of hazards) expect(roundTrip(h), h).toBe(h);
    const html = renderHtml(escapeBlock(hazards[2]!));
    expect(html).not.toMatch(/<(em|strong|del|a|img)\b/);
  });

  it('every prose line of the seed survives escaping word for word', () => {
    const masked = new Set<number>();
    for (const b of [...seed.codeBlocks, ...seed.diagrams]) for (let n = b.start; n <= b.end; n++) masked.add(n);
    let checked = 0;
    seed.lines.forEach((line, i) => {
      const n = i + 1;
      if (masked.has(n) || line.trim() === '') return;
      const text = line.replace(/^ *(• |\d+\. )?/, '');
      expect(words(roundTrip(text)), `line ${n}`).toEqual(words(text));
      checked++;
    });
    expect(checked).toBeGreaterThan(3000);
  });

  it('escapeInline leaves ordinary text alone', () => {
    expect(escapeInline('Lambda (Serverless Compute): 15 minutes, 10,240 MB')).toBe('Lambda (Serverless Compute): 15 minutes, 10,240 MB');
  });
});
