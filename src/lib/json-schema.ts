/** The parts of a JSON Schema (as zod writes one) that the documentation generators read. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchemaNode[];
  pattern?: string;
}
