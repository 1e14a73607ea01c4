namespace ServerlessIm.Core.Validation;

/// <summary>Collects what is wrong with a request, field by field, to answer all of it at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string problem)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(problem);
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
}
