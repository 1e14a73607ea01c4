using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>RFC 9457 problem-details answers: a stable type, a title, and a detail that says what to change.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static ObjectResult Create(int status, string type, string title, string detail, object? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var property in extensions.GetType().GetProperties())
            {
                problem.Extensions[ToCamelCase(property.Name)] = property.GetValue(extensions);
            }
        }

        return Result(problem, status);
    }

    public static ObjectResult Invalid(IDictionary<string, string[]> errors) =>
        Result(
            new ValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidRequest,
                Title = "The request is not valid.",
                Detail = "See 'errors' for what to change in each field.",
            },
            StatusCodes.Status400BadRequest);

    public static ObjectResult Invalid(string field, string problem) =>
        Invalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [problem] });

    public static ObjectResult Unauthenticated(string detail) =>
        Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthenticated, "Authentication required.", detail);

    public static ObjectResult NotAMember() =>
        Create(
            StatusCodes.Status403Forbidden,
            ProblemTypes.NotAMember,
            "Not a member of this conversation.",
            "Only the conversation's members may read or write it.");

    public static ObjectResult ConversationNotFound(string conversationId) =>
        Create(
            StatusCodes.Status404NotFound,
            ProblemTypes.ConversationNotFound,
            "Conversation not found.",
            $"No conversation '{conversationId}' exists in this region.");

    public static ObjectResult Busy(string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.Busy, "Try again.", detail);

    private static ObjectResult Result(ProblemDetails problem, int status)
    {
        var result = new ObjectResult(problem) { StatusCode = status };
        result.ContentTypes.Add(ContentType);
        return result;
    }

    private static string ToCamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
