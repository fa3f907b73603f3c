// unified with remark-parse, in a module of its own: the CLI imports it on first use, and the
// web page loads it as a separate file only for drafts that have Markdown in them.

export async function createMarkdownParser(): Promise<(body: string) => unknown> {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse);
  return (body: string) => processor.parse(body);
}
