// Port of windmill-cli 1.819 `argSigToJsonSchemaType` (windmill-utils-internal/src/parse/
// parse-schema.ts, bundled in node_modules/windmill-cli/esm/main.js). Kept statement for
// statement so that a fresh schema equals what `wmill generate-metadata` produces; the
// enrichment merge (enrichment.ts) runs afterwards. Do not "improve" this file.
/* eslint-disable @typescript-eslint/no-explicit-any */

const ITEMS_PRESERVED_FIELDS = [
  "properties",
  "required",
  "additionalProperties",
  "enum",
  "resourceType",
  "contentEncoding",
  "description",
];

const PRESERVED_FIELDS = [
  "description",
  "pattern",
  "min",
  "max",
  "currency",
  "currencyLocale",
  "multiselect",
  "customErrorMessage",
  "required",
  "showExpr",
  "password",
  "order",
  "dateFormat",
  "title",
  "placeholder",
];

const SIMPLE: Record<string, Record<string, string>> = {
  int: { type: "integer" },
  float: { type: "number" },
  bool: { type: "boolean" },
  email: { type: "string", format: "email" },
  sql: { type: "string", format: "sql" },
  yaml: { type: "string", format: "yaml" },
  bytes: { type: "string", contentEncoding: "base64", originalType: "bytes" },
  datetime: { type: "string", format: "date-time" },
  date: { type: "string", format: "date" },
};

function keepItems(newS: any, oldS: any): void {
  newS.items = { type: oldS.items?.type || "object" };
  if (oldS.items && typeof oldS.items === "object") {
    for (const field of ITEMS_PRESERVED_FIELDS) {
      if (oldS.items[field] !== undefined) newS.items[field] = oldS.items[field];
    }
  }
}

function listSchema(t: any, newS: any, oldS: any): void {
  newS.type = "array";
  const l = t.list;
  if (l === "int" || l === "float") {
    newS.items = { type: "number" };
    newS.originalType = "number[]";
  } else if (l === "bytes") {
    newS.items = { type: "string", contentEncoding: "base64" };
    newS.originalType = "bytes[]";
  } else if (l && typeof l == "object" && "str" in l && l.str) {
    newS.items = { type: "string", enum: l.str };
    newS.originalType = "enum[]";
  } else if (l == "string" || (l && typeof l == "object" && "str" in l)) {
    newS.items = { type: "string", enum: oldS.items?.enum };
    newS.originalType = "string[]";
  } else if (l && typeof l == "object" && "resource" in l && l.resource) {
    newS.items = { type: "resource", resourceType: l.resource };
    newS.originalType = "resource[]";
  } else if (l && typeof l == "object" && "object" in l && l.object) {
    if (l.object.name) newS.format = `resource-${l.object.name}`;
    if (l.object.props && l.object.props.length > 0) {
      const properties: any = {};
      for (const prop of l.object.props) {
        properties[prop.key] = { description: "", type: "" };
        argSigToJsonSchemaType(prop.typ, properties[prop.key]);
      }
      newS.items = { type: "object", properties };
    } else {
      keepItems(newS, oldS);
    }
    newS.originalType = "record[]";
  } else {
    keepItems(newS, oldS);
    newS.originalType = "object[]";
  }
}

function objectProps(props: any[], oldProps: any): any {
  const properties: any = {};
  for (const prop of props) {
    properties[prop.key] = oldProps && prop.key in oldProps ? oldProps[prop.key] : { description: "", type: "" };
    argSigToJsonSchemaType(prop.typ, properties[prop.key]);
  }
  return properties;
}

/** Writes into `oldS` the JSON schema of parser type `t`, as the CLI does. */
export function argSigToJsonSchemaType(t: any, oldS: any): void {
  const newS: any = { type: "" };
  if (typeof t === "string" && Object.hasOwn(SIMPLE, t)) {
    Object.assign(newS, SIMPLE[t]);
  } else if (typeof t !== "string" && "oneof" in t) {
    newS.type = "object";
    if (t.oneof) {
      newS.oneOf = t.oneof.map((obj: any) => {
        const oldObjS = oldS.oneOf?.find((o: any) => o?.title === obj.label) ?? undefined;
        return {
          type: "object",
          title: obj.label,
          properties: objectProps(obj.properties, oldObjS?.properties),
          order: oldObjS?.order ?? undefined,
        };
      });
    }
  } else if (typeof t !== "string" && "object" in t) {
    newS.type = "object";
    if (t.object.name) newS.format = `resource-${t.object.name}`;
    if (t.object.props) newS.properties = objectProps(t.object.props, oldS.properties);
  } else if (typeof t !== "string" && "str" in t) {
    newS.type = "string";
    if (t.str) {
      newS.originalType = "enum";
      newS.enum = t.str;
    } else if (oldS.originalType == "string" && oldS.enum) {
      newS.originalType = "string";
      newS.enum = oldS.enum;
    } else {
      newS.originalType = "string";
      newS.enum = undefined;
    }
  } else if (typeof t !== "string" && "resource" in t) {
    newS.type = "object";
    newS.format = `resource-${t.resource}`;
  } else if (typeof t !== "string" && "dynselect" in t) {
    newS.type = "object";
    newS.format = `dynselect-${t.dynselect}`;
  } else if (typeof t !== "string" && "dynmultiselect" in t) {
    newS.type = "object";
    newS.format = `dynmultiselect-${t.dynmultiselect}`;
  } else if (typeof t !== "string" && "list" in t) {
    listSchema(t, newS, oldS);
  } else {
    newS.type = oldS.type ?? "object";
  }
  for (const field of PRESERVED_FIELDS) {
    if (oldS[field] !== undefined) newS[field] = oldS[field];
  }
  if (oldS.type != newS.type) {
    for (const prop of Object.getOwnPropertyNames(newS)) {
      if (prop != "description") delete oldS[prop];
    }
  } else if ((oldS.format == "date" || oldS.format === "date-time") && newS.format == "string") {
    newS.format = oldS.format;
  } else if (newS.format == "date-time" && oldS.format == "date") {
    newS.format = "date";
  } else if (newS.format == "date" || newS.format == "date-time") {
    newS.format = oldS.format;
  } else if (oldS.items?.type != newS.items?.type) {
    delete oldS.items;
  } else if (oldS.type == "string" && oldS.format != null) {
    newS.format = oldS.format;
  }
  if ((oldS.type != newS.type || newS.type != "string") && newS.format == undefined) {
    oldS.format = undefined;
  }
  Object.assign(oldS, newS);
}
