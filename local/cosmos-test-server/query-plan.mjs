// The query plan the Cosmos SDKs ask the gateway for before they run a query they cannot plan themselves.
// The in-memory server holds every container in one partition key range and runs ORDER BY, TOP, OFFSET,
// DISTINCT, GROUP BY and aggregates itself, so the truthful plan is always the simplest one: no client-side
// stage, one range covering every partition. The SDK then forwards the query and the server's
// continuation tokens unchanged.

export const QUERY_PLAN_HEADER = "x-ms-cosmos-is-query-plan-request";

const FULL_RANGE = { min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false };

export function isQueryPlanRequest(req) {
  return req.method === "POST" && String(req.headers[QUERY_PLAN_HEADER] ?? "").toLowerCase() === "true";
}

export function passthroughQueryPlan() {
  return {
    partitionedQueryExecutionInfoVersion: 2,
    queryInfo: {
      distinctType: "None",
      top: null,
      offset: null,
      limit: null,
      orderBy: [],
      orderByExpressions: [],
      groupByExpressions: [],
      groupByAliases: [],
      aggregates: [],
      groupByAliasToAggregateType: {},
      rewrittenQuery: "",
      hasSelectValue: false,
      dCountInfo: null,
      hasNonStreamingOrderBy: false
    },
    queryRanges: [FULL_RANGE]
  };
}
