using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Innovation;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Innovation;

/// <summary>Who sees which entries in the list, and the status, kind and year filters (years in China time).</summary>
public sealed class ListInnovationsTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Each_reader_sees_what_they_may_and_the_filters_narrow_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var city = await app.CreateInnovationCityAsync();
        // 2025-12-31 17:00 UTC is already 2026-01-01 in China.
        app.Clock.Now = new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero);
        var newYear = await app.SubmittedAsync(city, "新年第一条合理化建议", city.Colleague);
        app.Clock.Now = new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero);
        var lastYear = await app.SubmittedAsync(city, "去年的小革新");
        app.Clock.Now = new DateTimeOffset(2026, 6, 30, 8, 0, 0, TimeSpan.Zero);
        var inCampaign = await app.RunAs(AppRoles.Worker, workerId: city.Other, enterpriseId: city.EnterpriseA)
            .SendAsync(InnovationWorld.Proposal("班组节电方案") with { Kind = InnovationKind.SmallInnovation, ParticipantId = city.CrewA });
        var outside = await app.RunAs(AppRoles.Worker, workerId: city.OutsideWorker, enterpriseId: city.EnterpriseB)
            .SendAsync(InnovationWorld.Proposal("港口吊具改进"));
        await app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseA).SendAsync(InnovationWorld.Acceptance(lastYear, "30000"));

        async Task<int[]> Seen(ListInnovationsQuery? query = null) =>
            (await app.SendAsync(query ?? new ListInnovationsQuery())).Items.Select(i => i.Id).ToArray();

        (await Seen()).ShouldBe([inCampaign, newYear, lastYear]); // enterprise A's HR (still acting), newest first
        app.RunAs(AppRoles.HrReviewer);
        (await Seen()).ShouldBe([outside, inCampaign, newYear, lastYear]);
        (await Seen(new ListInnovationsQuery { Year = 2026 })).ShouldBe([outside, inCampaign, newYear]);
        (await Seen(new ListInnovationsQuery { Year = 2025 })).ShouldBe([lastYear]);
        (await Seen(new ListInnovationsQuery { Status = InnovationStatus.Accepted })).ShouldBe([lastYear]);
        (await Seen(new ListInnovationsQuery { Kind = InnovationKind.SmallInnovation })).ShouldBe([inCampaign]);
        (await Seen(new ListInnovationsQuery { PageSize = 1, Page = 2 })).ShouldBe([inCampaign]);

        app.RunAs(AppRoles.Worker, workerId: city.Colleague, enterpriseId: city.EnterpriseA);
        (await Seen()).ShouldBe([newYear]); // a co-author sees it; a colleague's other entries they do not
        app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB);
        (await Seen()).ShouldBe([outside]);
        app.RunAs(AppRoles.Organizer);
        (await Seen()).ShouldBe([inCampaign]); // raised in a labour campaign
        app.RunAs(AppRoles.Judge);
        (await Seen()).ShouldBeEmpty();

        var item = (await app.RunAs(AppRoles.Admin).SendAsync(new ListInnovationsQuery())).Items.Single(i => i.Id == lastYear);
        (item.SubmittedOn, item.SubmitterName, item.EnterpriseName, item.Grade, item.AssessedBenefitFen, item.AuthorCount)
            .ShouldBe((new DateOnly(2025, 12, 31), "周志强", "杭州恒达精密机械有限公司", InnovationGrade.Second, 3_000_000L, 1));
        (await app.SendAsync(new ListInnovationsQuery())).Items.Single(i => i.Id == inCampaign).CampaignName.ShouldBe("地铁三号线劳动竞赛");

        // Reading one follows the same rules.
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Worker, workerId: city.Colleague).SendAsync(new GetInnovationQuery(lastYear)));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer, enterpriseId: city.EnterpriseB).SendAsync(new GetInnovationQuery(lastYear)));
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.Organizer).SendAsync(new GetInnovationQuery(lastYear)));
        (await app.RunAs(AppRoles.Organizer).SendAsync(new GetInnovationQuery(inCampaign))).Title.ShouldBe("班组节电方案");
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetInnovationQuery(999999)));
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ListInnovationsQuery { Year = 1999 }))).Errors.Keys.ShouldContain("Year");
    }
}
