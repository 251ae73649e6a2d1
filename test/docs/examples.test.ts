/**
 * Every public export carries a JSDoc comment with an `@example`, and every
 * example compiles against the library as a user would import it. Examples
 * are part of the API: a renamed function cannot leave a stale example behind.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entries } from "../../tsup.config.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const configPath = `${root}tsconfig.json`;
  const config = ts.readConfigFile(configPath, (path) => readFileSync(path, "utf8"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

interface Example {
  readonly entry: string;
  readonly name: string;
  readonly code: string;
}

function collectExamples(): { missing: string[]; examples: Example[] } {
  const options = compilerOptions();
  const entryFiles = Object.values(entries).map((file) => `${root}${file}`);
  const program = ts.createProgram(entryFiles, options);
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  const examples: Example[] = [];
  for (const file of entryFiles) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker).filter((tag) => tag.name === "example");
      const label = `${file.slice(root.length)}: ${exported.name}`;
      if (tags.length === 0) missing.push(label);
      tags.forEach((tag) => {
        const text = ts.displayPartsToString(tag.text);
        for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
          examples.push({ entry: file, name: exported.name, code: match[1] ?? "" });
        }
      });
    }
  }
  return { missing, examples };
}

const { missing, examples } = collectExamples();

describe("documentation examples", () => {
  it("exist on every export of every entry point", () => {
    expect(missing).toEqual([]);
    expect(examples.length).toBeGreaterThan(40);
  });

  it("compile against the public entry points", () => {
    const options = { ...compilerOptions(), noUnusedLocals: false, noEmit: true };
    const files = new Map<string, string>();
    const seen = new Set<string>();
    for (const example of examples) {
      if (seen.has(example.code)) continue;
      seen.add(example.code);
      files.set(`${root}test/docs/__examples__/${example.name}-${files.size}.ts`, `${example.code}\nexport {};\n`);
    }
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (path) => files.get(path) ?? readFile(path);
    host.fileExists = (path) => files.has(path) || fileExists(path);
    host.getSourceFile = (path, language, onError, create) => {
      const text = files.get(path);
      return text === undefined ? getSourceFile(path, language, onError, create) : ts.createSourceFile(path, text, language);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const name = diagnostic.file?.fileName.slice(`${root}test/docs/__examples__/`.length);
        return `${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  });
});
