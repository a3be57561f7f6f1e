using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>The question banks and a form for a new one (practice managers; the handlers refuse anyone else).</summary>
public sealed class BanksModel(IMediator mediator) : PageModel
{
    [BindProperty] public CreateQuestionBankCommand Command { get; set; } = new();
    public IReadOnlyList<QuestionBankItem> Banks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Banks = await mediator.Send(new ListQuestionBanksQuery(), ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ($"题库“{Command.Name}”已建立，请导入题目。", RedirectToPage("Bank", new { id })),
            async () => Banks = await mediator.Send(new ListQuestionBanksQuery(), ct));
}
