using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Pages;

public sealed class IndexModel(SkillsLadderDbContext db) : PageModel
{
    public int EnterpriseCount { get; private set; }
    public int WorkerCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        EnterpriseCount = await db.Enterprises.CountAsync(ct);
        WorkerCount = await db.Workers.CountAsync(ct);
    }
}
