using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.People;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Directory.Workers;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public WorkerDetails Worker { get; private set; } = null!;
    public IReadOnlyList<SkillLevelOption> Levels { get; private set; } = [];
    [BindProperty] public AddCertificateCommand Certificate { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAddCertificateAsync(int id, CancellationToken ct)
    {
        Certificate = Certificate with { WorkerId = id };
        return this.SubmitAsync(mediator, Certificate, _ => ("证书已登记。", RedirectToPage(new { id })),
            () => LoadAsync(id, ct), nameof(Certificate));
    }

    public static string ReasonText(LevelChangeReason reason) => reason switch
    {
        LevelChangeReason.Initial => "建档时等级",
        LevelChangeReason.Assessment => "等级认定",
        LevelChangeReason.Competition => "竞赛晋级",
        LevelChangeReason.Appointment => "企业评聘",
        _ => reason.ToString(),
    };

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Worker = await mediator.Send(new GetWorkerQuery(id), ct);
        Levels = (await mediator.Send(new GetReferenceDataQuery(), ct)).SkillLevels;
    }
}
