using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// Who takes part: units (with their members) and individuals. Workers are found by name in the directory and then
/// added as an individual or as a unit member; anyone may withdraw with a reason.
/// </summary>
public sealed class ParticipantsModel(IMediator mediator) : PageModel
{
    [BindProperty] public AddUnitCommand Unit { get; set; } = new();
    /// <summary>The worker search; kept across the forms so the results stay on screen.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public CampaignHeader Header { get; private set; } = null!;
    public IReadOnlyList<ParticipantView> Participants { get; private set; } = [];
    public IReadOnlyList<ParticipantView> ActiveUnits => Participants.Where(p => p.IsActive && p.Kind == ParticipantKind.Unit).ToList();
    public ReferenceData Reference { get; private set; } = null!;
    public IReadOnlyList<WorkerListItem> Found { get; private set; } = [];

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostUnitAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, Unit with { CampaignId = id }, _ => ("参赛单位已添加。", Back(id)), () => LoadAsync(id, ct), "Unit");

    public Task<IActionResult> OnPostIndividualAsync(int id, int workerId, int? unitId, CancellationToken ct) =>
        this.SubmitAsync(mediator, new AddIndividualCommand { CampaignId = id, WorkerId = workerId, UnitId = unitId },
            _ => ("参赛个人已添加。", Back(id)), () => LoadAsync(id, ct), "Individual");

    public async Task<IActionResult> OnPostMemberAsync(int id, int participantId, int workerId, CancellationToken ct) =>
        await MembersAsync(id, participantId, members => members.Append(workerId), "成员已加入。", ct);

    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, int participantId, int workerId, CancellationToken ct) =>
        await MembersAsync(id, participantId, members => members.Where(m => m != workerId), "成员已移出。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, int participantId, string? reason, CancellationToken ct) =>
        this.SubmitAsync(mediator, new WithdrawParticipantCommand { CampaignId = id, ParticipantId = participantId, Reason = reason ?? "" },
            _ => ("已办理退出。", Back(id)), () => LoadAsync(id, ct), "Withdraw");

    private async Task<IActionResult> MembersAsync(int id, int participantId, Func<IEnumerable<int>, IEnumerable<int>> change, string flash, CancellationToken ct)
    {
        var unit = (await mediator.Send(new ListParticipantsQuery(id), ct)).SingleOrDefault(p => p.Id == participantId);
        var members = change(unit?.Members.Select(m => m.WorkerId) ?? []).ToList();
        return await this.SubmitAsync(mediator, new SetUnitMembersCommand { CampaignId = id, ParticipantId = participantId, WorkerIds = members },
            _ => (flash, Back(id)), () => LoadAsync(id, ct), "Members");
    }

    private RedirectToPageResult Back(int id) => RedirectToPage(new { id, q = Q });

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Participants = await mediator.Send(new ListParticipantsQuery(id), ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
        if (!string.IsNullOrWhiteSpace(Q))
            Found = (await mediator.Send(new ListWorkersQuery { Search = Q, PageSize = 20 }, ct)).Items;
    }
}
