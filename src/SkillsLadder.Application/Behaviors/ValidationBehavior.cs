using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;

namespace SkillsLadder.Application.Behaviors;

/// <summary>
/// Refuses control characters in any text of the request, then runs every validator; any failure stops it before a
/// handler or transaction starts.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = TextRules.FieldsWithControlCharacters(request!).Take(20)
            .Select(field => new FluentValidation.Results.ValidationFailure(field, TextRules.ControlCharacterMessage)).ToList();
        if (failures.Count > 0) throw Refusal(failures);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0) throw Refusal(failures);
        return await next();
    }

    private static RequestValidationException Refusal(List<FluentValidation.Results.ValidationFailure> failures) =>
        new(failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
}
