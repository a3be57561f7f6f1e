using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Training;

namespace SkillsLadder.Web.Pages.Training;

/// <summary>The printable completion certificate: its holder, their enterprise HR and the managers (the query decides).</summary>
public sealed class CertificateModel(IMediator mediator) : PageModel
{
    public TrainingCertificate Certificate { get; private set; } = null!;

    public async Task OnGetAsync(int enrolmentId, CancellationToken ct) =>
        Certificate = await mediator.Send(new GetTrainingCertificateQuery(enrolmentId), ct);
}
