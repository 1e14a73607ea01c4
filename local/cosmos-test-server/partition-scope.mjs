// The in-memory server runs every query over the whole container, ignoring the partition key the SDK sends
// with a single-partition query; the service answers from that partition only. The front passes the key in
// the query body under PARTITION_SCOPE, and the patched query looks only at the documents of that partition.
import itemsModule from "@vercel/cosmosdb-server/lib/account/items.js";

export const PARTITION_SCOPE = "__partitionScope";

const Items = itemsModule.default;

export function installPartitionScope() {
  const queryAll = Items.prototype.query;
  Items.prototype.query = function queryInScope(params, options) {
    const scope = params?.[PARTITION_SCOPE];
    if (!scope) return queryAll.call(this, params, options);
    const inPartition = new Map(
      [...this._data].filter(([, item]) => this._getPartition(item.read()) === scope.value));
    return queryAll.call(Object.create(this, { _data: { value: inPartition } }), params, options);
  };
}

/** The single partition key value a request names, as { value }, or null for none or a hierarchical key. */
export function partitionScopeOf(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (!header) return null;
  try {
    const key = JSON.parse(header);
    const isSingleValue = Array.isArray(key) && key.length === 1
      && (key[0] === null || typeof key[0] !== "object");
    return isSingleValue ? { value: key[0] } : null;
  } catch {
    return null;
  }
}
