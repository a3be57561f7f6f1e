using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>A new round: the times are typed in China time and sent in UTC; the ranking is scheduled for the close.</summary>
public sealed class NewRoundModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public RoundForm Form { get; set; } = new();
    public IReadOnlyList<QuestionBankItem> Banks { get; private set; } = [];

    public sealed class RoundForm
    {
        public int BankId { get; set; }
        public string Title { get; set; } = "";
        public DateTime OpensAt { get; set; }
        public DateTime ClosesAt { get; set; }
        public int DurationMinutes { get; set; } = 30;
        public int QuestionCount { get; set; } = 20;
    }

    public async Task OnGetAsync(int? bankId, CancellationToken ct)
    {
        user.EnsurePracticeManager();
        var now = PracticeAccess.ChinaTime(clock.GetUtcNow().UtcDateTime);
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0).AddHours(1);
        Form = new RoundForm { BankId = bankId ?? 0, OpensAt = start, ClosesAt = start.AddDays(7) };
        Banks = await mediator.Send(new ListQuestionBanksQuery(), ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, new CreatePracticeRoundCommand
            {
                BankId = Form.BankId, Title = Form.Title, DurationMinutes = Form.DurationMinutes, QuestionCount = Form.QuestionCount,
                OpensAt = DateTime.SpecifyKind(Form.OpensAt.AddHours(-8), DateTimeKind.Utc), ClosesAt = DateTime.SpecifyKind(Form.ClosesAt.AddHours(-8), DateTimeKind.Utc),
            },
            _ => ($"练兵轮次“{Form.Title}”已建立。", RedirectToPage("Index")),
            async () => Banks = await mediator.Send(new ListQuestionBanksQuery(), ct), prefix: "Form");
}
