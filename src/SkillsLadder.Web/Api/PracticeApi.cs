using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Api;

public sealed record HandInBody(IReadOnlyList<string?>? Answers);

/// <summary>
/// Online practice (网上练兵) under /api/practice: banks and rounds for practice managers (admins, organizers,
/// federation reviewers), rounds, attempts and boards for every signed-in worker. The handlers decide who may do what.
/// </summary>
public static class PracticeApi
{
    public static RouteGroupBuilder MapPracticeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/practice").WithTags("Practice").RequireAuthorization();

        group.MapGet("/banks", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListQuestionBanksQuery(), ct)))
            .WithName("ListQuestionBanks").Produces<IReadOnlyList<QuestionBankItem>>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("Every question bank with its size, newest first. Practice managers only.");

        group.MapPost("/banks", async Task<Created<QuestionBankDetails>> (CreateQuestionBankCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/practice/banks/{id}", await mediator.Send(new GetQuestionBankQuery(id), ct));
            })
            .WithName("CreateQuestionBank").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithDescription("An empty bank: Name, OccupationId (optional). Questions are added by import.");

        group.MapGet("/banks/template", () => TypedResults.File(QuestionImportFile.Template(), QuestionImportFile.ContentType, QuestionImportFile.TemplateFileName))
            .WithName("GetQuestionImportTemplate").Produces(StatusCodes.Status200OK, contentType: QuestionImportFile.ContentType)
            .WithDescription("An empty .xlsx with the import headers: 题型, 题干, 选项A–选项F, 答案, 分值.");

        group.MapGet("/banks/{id:int}", async (int id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetQuestionBankQuery(id), ct)))
            .WithName("GetQuestionBank").Produces<QuestionBankDetails>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("One bank with its questions and answer keys. Practice managers only.");

        group.MapPost("/banks/{id:int}/questions", async (int id, IFormFile? file, [FromForm] bool? dryRun, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ImportQuestionsCommand
                {
                    BankId = id, FileName = file?.FileName ?? "", Content = file is null ? [] : await ReadAsync(file, ct), DryRun = dryRun ?? true,
                }, ct)))
            .WithName("ImportQuestions")
            // Bearer clients carry no antiforgery token; cookie callers must.
            .DisableAntiforgery().AddEndpointFilter(AntiforgeryForCookies)
            .WithMetadata(new RequestSizeLimitAttribute(TabularFile.MaximumBytes + 64 * 1024))
            .Produces<QuestionImportResult>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("multipart/form-data: file (.xlsx or UTF-8 .csv, at most 5 MB; headers 题型 单选/多选/判断, 题干, 选项A–选项F, 答案, 分值 1–10) " +
                             "and dryRun (default true: every row with its errors). dryRun=false is all or nothing: 200 with committed=true, or 400 " +
                             "whose errors are keyed \"row N\" (N = spreadsheet row, the header is row 1) and nothing written.");

        group.MapGet("/rounds", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPracticeRoundsQuery(), ct)))
            .WithName("ListPracticeRounds").Produces<IReadOnlyList<PracticeRoundItem>>()
            .WithDescription("Rounds that have opened (managers: also those to come), open ones first, each with the caller's own attempt.");

        group.MapPost("/rounds", async Task<Created<int>> (CreatePracticeRoundCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/practice/rounds/{id}/board", id);
            })
            .WithName("CreatePracticeRound").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("BankId, Title, OpensAt and ClosesAt (UTC), DurationMinutes (1–240), QuestionCount (1–200, at most the bank's size), Seed " +
                             "(optional). The boards are ranked by the job engine at the close. Practice managers only.");

        group.MapPost("/rounds/{id:int}/attempt", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new StartPracticeAttemptCommand(id), ct)))
            .WithName("StartPracticeAttempt").Produces<PracticeAttemptView>().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("The signed-in worker starts the round: the drawn questions and the deadline. Again: the same attempt. " +
                             "Outside the open window 409 round.not_open; an account without a worker record 403.");

        group.MapGet("/rounds/{id:int}/board", async (int id, BoardScope? scope, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPracticeBoardQuery(id, scope ?? BoardScope.Person), ct)))
            .WithName("GetPracticeBoard").Produces<PracticeBoardView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("The newest board in one scope (Person, Enterprise, Industry): the top 100 and the caller's own line. BoardNumber null until published.");

        group.MapGet("/attempts/{id:long}", async (long id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetPracticeAttemptQuery(id), ct)))
            .WithName("GetPracticeAttempt").Produces<PracticeAttemptView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("An attempt for its worker (or a practice manager): questions; after the hand-in the answers, keys and mark; once published the places.");

        group.MapPost("/attempts/{id:long}/hand-in", async (long id, HandInBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new HandInPracticeAttemptCommand { AttemptId = id, Answers = body.Answers ?? [] }, ct)))
            .WithName("HandInPracticeAttempt").Produces<PracticeMark>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Answers: one per question in the order shown (\"B\", \"ACD\", \"T\"/\"F\", empty when unanswered). Marked at once " +
                             "(no partial credit). After the deadline plus 30 s 409 attempt.late; a second hand-in 409 attempt.submitted.");
        return api;
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        // One byte over the limit is enough for the validator to refuse it; nothing larger is buffered.
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0 && buffer.Length <= TabularFile.MaximumBytes) buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    /// <summary>A multipart form can be posted cross-site: cookie callers must send the antiforgery token, bearer callers are exempt.</summary>
    private static async ValueTask<object?> AntiforgeryForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)) return await next(context);
        try { await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http); }
        catch (AntiforgeryValidationException) { throw new BadHttpRequestException("Antiforgery token missing or invalid.", StatusCodes.Status400BadRequest); }
        return await next(context);
    }
}
