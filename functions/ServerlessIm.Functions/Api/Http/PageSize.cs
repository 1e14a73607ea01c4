using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ServerlessIm.Core.Validation;

namespace ServerlessIm.Functions.Api.Http;

/// <summary>The <c>limit</c> query parameter every paged list reads.</summary>
public static class PageSize
{
    /// <returns><c>false</c> with the 400 problem to answer when the limit is not 1 to the maximum page size.</returns>
    public static bool TryRead(HttpRequest request, out int limit, out IActionResult? problem)
    {
        limit = Limits.DefaultPageSize;
        problem = null;

        var limitText = request.Query["limit"].ToString();
        if (limitText.Length > 0
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                || limit is < 1 or > Limits.MaxPageSize))
        {
            problem = Problems.Invalid("limit", $"A whole number from 1 to {Limits.MaxPageSize}.");
            return false;
        }

        return true;
    }
}
