namespace ServerlessIm.Infra.Tests.Deployment;

/// <summary>
/// Checks on values the snapshot leaves as ARM expressions because they need a live resource
/// (a principal id, an endpoint, a key).
/// </summary>
internal static class ArmExpressions
{
    public static bool IsExpression(string value) => value.StartsWith('[') && value.EndsWith(']');

    /// <summary>Whether the value reads a runtime property of the resource with this id.</summary>
    public static bool ReadsFrom(string value, string resourceId) =>
        IsExpression(value) && value.Contains($"reference('{resourceId}'", StringComparison.Ordinal);

    /// <summary>Whether the extension resource (a role assignment) is attached to the resource with this id.</summary>
    public static bool IsExtensionOf(string extensionId, string resourceId) =>
        extensionId.StartsWith($"[extensionResourceId('{resourceId}', ", StringComparison.Ordinal);
}
