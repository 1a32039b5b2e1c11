/** The JSON a decoded protobuf object turns into (what kubectl would have sent as application/json). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };
