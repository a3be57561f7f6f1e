using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Mentoring;

/// <summary>
/// Enterprise HR (or an admin) writes a plan: mentor and apprentice from the directory, dates and the milestones, one a
/// line as "2026-09-30 节点名称" so the form needs no script. Levels are not typed: the handler reads them.
/// </summary>
public sealed class NewModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty] public CreateMentoringPairCommand Command { get; set; } = new();
    /// <summary>Milestones, one a line: a date, a space, the title.</summary>
    [BindProperty] public string? MilestoneLines { get; set; }
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }
    public IReadOnlyList<WorkerListItem> Workers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!user.CanEditWorkersOf(null)) throw new ForbiddenException("只有企业人力资源部门或管理员可以建立师徒关系。");
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var milestones = new List<MilestoneInput>();
        var lines = (MilestoneLines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split([' ', '\t', '　'], 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                milestones.Add(new MilestoneInput(parts[1], due));
            else ModelState.AddModelError(nameof(MilestoneLines), $"第 {number} 行应为“日期 节点名称”，如“2026-09-30 掌握编程”。");
        }
        Command = Command with { Milestones = milestones };
        return this.SubmitAsync(mediator, Command, id => ("培养计划已建立，请师傅、徒弟和企业签字。", RedirectToPage("Details", new { id })),
            () => LoadAsync(ct));
    }

    /// <summary>A search keeps the form as typed: nothing is saved and no field is judged yet.</summary>
    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The workers found, plus the mentor and apprentice already chosen, so a later search does not drop them.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        var found = (await mediator.Send(new ListWorkersQuery { Search = Find, PageSize = Paging.MaxPageSize }, ct)).Items.ToList();
        foreach (var id in new[] { Command.MentorWorkerId, Command.ApprenticeWorkerId }.Where(id => id > 0 && found.All(w => w.Id != id)).Distinct())
        {
            var chosen = await mediator.Send(new GetWorkerQuery(id), ct);
            found.Insert(0, new WorkerListItem
            {
                Id = chosen.Id, FullName = chosen.FullName, EnterpriseId = chosen.EnterpriseId, EnterpriseName = chosen.EnterpriseName,
                CurrentSkillLevelNameZh = chosen.CurrentSkillLevelNameZh, CurrentSkillLevelNameEn = chosen.CurrentSkillLevelNameEn,
            });
        }
        Workers = found;
    }
}
