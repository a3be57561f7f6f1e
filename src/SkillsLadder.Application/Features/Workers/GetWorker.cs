using AutoMapper;
using AutoMapper.QueryableExtensions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

public sealed record GetWorkerQuery(int Id) : IRequest<WorkerDetails>;

public sealed record WorkerDetails
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string FullName { get; init; } = "";
    /// <summary>Whole for the owner and admins, else masked (see <see cref="IdNumberMasked"/>).</summary>
    public string NationalIdNumber { get; set; } = "";
    public bool IdNumberMasked { get; set; }
    /// <summary>Part of the ID number, so hidden with it; the birth year alone is public.</summary>
    public DateOnly? BirthDate { get; set; }
    public int BirthYear { get; set; }
    public Sex Sex { get; init; }
    public int EnterpriseId { get; init; }
    public string EnterpriseName { get; init; } = "";
    public int OccupationId { get; init; }
    public string OccupationCode { get; init; } = "";
    public string OccupationName { get; init; } = "";
    public DateOnly HireDate { get; init; }
    public bool IsUnionMember { get; init; }
    public Education Education { get; init; }
    public int? CurrentSkillLevelId { get; init; }
    public string? CurrentSkillLevelNameZh { get; init; }
    public string? CurrentSkillLevelNameEn { get; init; }
    public List<CertificateItem> Certificates { get; init; } = [];
    public List<LevelChangeItem> LevelHistory { get; init; } = [];
}

public sealed record CertificateItem
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public string SkillLevelNameZh { get; init; } = "";
    public string SkillLevelNameEn { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public string Issuer { get; init; } = "";
    public CertificateIssuerKind IssuerKind { get; init; }
}

public sealed record LevelChangeItem
{
    public int Id { get; init; }
    public string SkillLevelNameZh { get; init; } = "";
    public string SkillLevelNameEn { get; init; } = "";
    public DateOnly EffectiveOn { get; init; }
    public LevelChangeReason Reason { get; init; }
    public string? CertificateNumber { get; init; }
}

public sealed class WorkerDetailsProfile : Profile
{
    public WorkerDetailsProfile()
    {
        CreateMap<Worker, WorkerDetails>()
            .ForMember(d => d.IdNumberMasked, o => o.Ignore())
            .ForMember(d => d.BirthYear, o => o.MapFrom(w => w.BirthDate.Year))
            .ForMember(d => d.Certificates, o => o.MapFrom(w => w.Certificates.OrderBy(c => c.IssuedOn)))
            .ForMember(d => d.LevelHistory, o => o.MapFrom(w => w.LevelHistory.OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id)));
        CreateMap<SkillCertificate, CertificateItem>();
        CreateMap<WorkerLevelChange, LevelChangeItem>();
    }
}

public sealed class GetWorkerHandler(SkillsLadderDbContext db, IConfigurationProvider mapping, ICurrentUser user)
    : IRequestHandler<GetWorkerQuery, WorkerDetails>
{
    public async Task<WorkerDetails> Handle(GetWorkerQuery request, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.Where(w => w.Id == request.Id).AsSplitQuery()
            .ProjectTo<WorkerDetails>(mapping).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Worker", request.Id);
        user.EnsureCanReadWorker(worker.Id, worker.EnterpriseId);
        if (!user.MaySeeIdNumberOf(worker.Id))
        {
            worker.NationalIdNumber = NationalIdNumber.Mask(worker.NationalIdNumber);
            worker.IdNumberMasked = true;
            worker.BirthDate = null;
        }
        return worker;
    }
}
