// The reasons live in the repository (docs/): every `docs/<page>.md#<anchor>` a source file or a docs page
// cites must lead somewhere — the page exists and has that anchor, written out (`<a id="…">`) or made from a
// heading by GitHub's rules — and no source file sends the reader to something a clone does not have.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** GitHub's heading anchor: lower case, punctuation and symbols dropped, each space a hyphen. */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a markdown page offers: explicit ids and names, and its headings' slugs (repeats numbered). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1]!.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = githubSlug(text);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

interface Citation {
  /** The file that cites, relative to the repository root. */
  from: string;
  /** The cited page, relative to the repository root. */
  page: string;
  anchor: string | undefined;
}

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file.replaceAll('\\', '/')}`)
    .filter((file) => ext.test(file));

/** `docs/<page>.md#<anchor>` written out in any text (comments, notes, schema descriptions, prose). */
function textCitations(file: string, text: string): Citation[] {
  return [...text.matchAll(/(?<![\w./-])docs\/([\w-]+\.md)(?:#([\w-]+))?/g)].map((m) => ({ from: file, page: `docs/${m[1]}`, anchor: m[2] }));
}

/** Markdown links to a page or an anchor (`[…](training-model.md#six-steps)`, `[…](#principle)`), resolved from the file. */
function linkCitations(file: string, text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1]!;
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#') as [string, string | undefined];
    if (path !== '' && !path.endsWith('.md')) continue;
    const page = path === '' ? file : relative(root, normalize(join(root, dirname(file), path))).replaceAll('\\', '/');
    out.push({ from: file, page, anchor });
  }
  return out;
}

function brokenCitations(citations: Citation[]): string[] {
  const anchors = new Map<string, Set<string> | null>();
  const broken: string[] = [];
  for (const c of citations) {
    if (!anchors.has(c.page)) anchors.set(c.page, existsSync(join(root, c.page)) ? anchorsOf(readFileSync(join(root, c.page), 'utf8')) : null);
    const offered = anchors.get(c.page);
    if (offered === null) broken.push(`${c.from}: ${c.page} does not exist`);
    else if (c.anchor !== undefined && !offered!.has(c.anchor)) broken.push(`${c.from}: ${c.page} has no #${c.anchor}`);
  }
  return broken;
}

const sourceFiles = filesUnder('src', /\.(tsx?|json|md)$/);
/** The docs pages, and the two guides outside docs/ that send readers into it. */
const docsPages = [...filesUnder('docs', /\.md$/), 'README.md', 'scenarios/README.md'];

describe('citations of docs/', () => {
  it('reads anchors as GitHub makes them', () => {
    expect(githubSlug('The principle: 先處理情感，後處理事件')).toBe('the-principle-先處理情感後處理事件');
    expect(githubSlug('The five skills: 聽 察 問 斷 定')).toBe('the-five-skills-聽-察-問-斷-定');
    expect(githubSlug("The scorecard's dimensions")).toBe('the-scorecards-dimensions');
    expect([...anchorsOf('<a id="six-steps"></a>\n## The six steps\n## Notes\n## Notes\n```\n# not a heading\n```\n')]).toEqual([
      'six-steps',
      'the-six-steps',
      'notes',
      'notes-1',
    ]);
  });

  it('lead to a page and an anchor that exist, from source files, the docs pages and the READMEs', () => {
    const citations = [
      ...sourceFiles.flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return [...textCitations(file, text), ...(file.endsWith('.md') ? linkCitations(file, text) : [])];
      }),
      ...docsPages.flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return [...textCitations(file, text), ...linkCitations(file, text)];
      }),
    ];
    // The comments cite docs/ by the hundred; a scan that found few would be a scan that looks in the wrong place.
    expect(citations.filter((c) => c.from.startsWith('src/') && c.anchor !== undefined).length).toBeGreaterThan(150);
    expect(brokenCitations(citations)).toEqual([]);
  });

  it('are what source files cite: never the domain brief, the style guide or ../shared, which a clone does not have', () => {
    const outside = sourceFiles.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/DOMAIN\.md|STYLE\.md|\.\.\/shared\b|\bshared\/seeds\b/.test(line) ? [`${file}:${i + 1}`] : [])),
    );
    expect(outside).toEqual([]);
  });
});
