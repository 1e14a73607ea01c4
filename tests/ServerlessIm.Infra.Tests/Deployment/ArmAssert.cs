namespace ServerlessIm.Infra.Tests.Deployment;

internal static class ArmAssert
{
    /// <summary>The value is an expression that reads a runtime property of the resource with this id.</summary>
    public static void ReadsFrom(string resourceId, string? value) =>
        Assert.True(
            value is not null && ArmExpressions.ReadsFrom(value, resourceId),
            $"Expected an expression reading from {resourceId}, found: {value}");
}
