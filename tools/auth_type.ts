// Reads the resource type alias of main's first parameter with the TypeScript compiler
// (Windmill's parser drops `?` on nested fields, so it cannot say which keys are optional).
import ts from "typescript";

export type AuthType = { alias: string; fields: { name: string; optional: boolean }[] };

function findMain(sf: ts.SourceFile): ts.FunctionDeclaration | undefined {
  return sf.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === "main");
}

/** The alias named by main's first parameter and its members, or undefined if there is none. */
export function authType(code: string): AuthType | undefined {
  const sf = ts.createSourceFile("script.ts", code, ts.ScriptTarget.Latest, true);
  const param = findMain(sf)?.parameters[0];
  if (!param?.type || !ts.isTypeReferenceNode(param.type)) return undefined;
  const alias = param.type.typeName.getText(sf);
  const decl = sf.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === alias,
  );
  if (!decl || !ts.isTypeLiteralNode(decl.type)) return { alias, fields: [] };
  const fields = decl.type.members.filter(ts.isPropertySignature).map((m) => ({
    name: m.name.getText(sf).replace(/^["']|["']$/g, ""),
    optional: m.questionToken !== undefined,
  }));
  return { alias, fields };
}
