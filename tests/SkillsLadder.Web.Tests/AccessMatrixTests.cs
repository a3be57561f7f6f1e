using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Every route × every role → the status it must answer. A new endpoint without a row here fails
/// <see cref="Every_endpoint_has_a_decision"/>. Ids: enterprise A with worker W1 (the worker account's own record,
/// enterprise HR's enterprise), enterprise B with worker W2 (nobody's own). Bodies are invalid on purpose, so a
/// request that passes authorisation stops at validation (400) and nothing is written.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.City city) : IClassFixture<AccessMatrixTests.City>
{
    public enum R { Anonymous, Admin, Organizer, Judge, Reviewer, Hr, Worker }

    private WebApp app => city.App;
    private int _b => city.B;
    private int _w1 => city.W1;
    private int _w2 => city.W2;
    /// <summary>Competition C (in registration, the judge account sits on it) and D (the judge does not).</summary>
    private int _c => city.C;
    private int _d => city.D;
    /// <summary>Competition P: results published (the judge does not sit on it).</summary>
    private int _p => city.P;
    private int _n => city.N;
    private int _np => city.NProposal;
    private Dictionary<R, HttpClient> _clients => city.Clients;
    /// <summary>Wage agreements: G of enterprise A (the HR account's), H of enterprise B.</summary>
    private int _g => city.G;
    private int _h => city.H;

    private sealed record Row(string Method, string Pattern, string Url, params int[] Expected)
    {
        public string Key => $"{Method} {Pattern}";
    }


    //                                                                     Anon Admin Org Judge Rev  HR  Worker
    private IEnumerable<Row> Rows() =>
    [
        new("POST", "api/auth/token", "/api/auth/token", 400, 400, 400, 400, 400, 400, 400),
        new("GET", "api/auth/me", "/api/auth/me", 401, 200, 200, 200, 200, 200, 200),
        // Issue 17: a refresh token (none in {}) is refused alike for everyone; changing one's password needs a token, {} is a 400.
        new("POST", "api/auth/refresh", "/api/auth/refresh", 400, 400, 400, 400, 400, 400, 400), // no token in the body: malformed
        new("POST", "api/auth/change-password", "/api/auth/change-password", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/reference", "/api/reference", 401, 200, 200, 200, 200, 200, 200),
        new("GET", "api/enterprises", "/api/enterprises", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/enterprises/{id:int}", $"/api/enterprises/{app.EnterpriseId}", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/enterprises/{id:int}", $"/api/enterprises/{_b}", 401, 200, 200, 403, 200, 403, 403),
        new("POST", "api/enterprises", "/api/enterprises", 401, 400, 403, 403, 403, 403, 403),
        new("PUT", "api/enterprises/{id:int}", $"/api/enterprises/{app.EnterpriseId}", 401, 400, 403, 403, 400, 400, 403),
        new("GET", "api/workers", "/api/workers", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/workers/{id:int}", $"/api/workers/{_w1}", 401, 200, 200, 403, 200, 200, 200),
        new("GET", "api/workers/{id:int}", $"/api/workers/{_w2}", 401, 200, 200, 403, 200, 403, 403),
        new("GET", "api/workers/{id:int}", "/api/workers/999999", 401, 404, 404, 404, 404, 404, 404),
        new("POST", "api/workers", "/api/workers", 401, 400, 403, 403, 400, 400, 403),
        new("PUT", "api/workers/{id:int}", $"/api/workers/{_w1}", 401, 400, 403, 403, 400, 400, 403),
        new("POST", "api/workers/{id:int}/certificates", $"/api/workers/{_w1}/certificates", 401, 400, 403, 403, 400, 400, 403),
        new("GET", "api/accounts", "/api/accounts", 401, 200, 403, 403, 403, 403, 403),
        new("POST", "api/accounts", "/api/accounts", 401, 400, 403, 403, 403, 403, 403),
        new("POST", "api/accounts/{id:int}/reset-password", "/api/accounts/999999/reset-password", 401, 404, 403, 403, 403, 403, 403),
        new("PAGE", "Admin/Accounts", "/Admin/Accounts", 302, 200, 403, 403, 403, 403, 403),
        new("GET", "api/audit", "/api/audit", 401, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Admin/Audit", "/Admin/Audit", 302, 200, 403, 403, 403, 403, 403),
        new("GET", "openapi/{documentName}.json", "/openapi/v1.json", 200, 200, 200, 200, 200, 200, 200),
        new("ANY", "health", "/health", 200, 200, 200, 200, 200, 200, 200),
        new("PAGE", "", "/", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Index", "/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Error/{status:int?}", "/Error/404", 404, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Culture", "/Culture", 302, 302, 302, 302, 302, 302, 302),
        new("PAGE", "Account/Login", "/Account/Login", 200, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Account/Logout", "/Account/Logout", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Account/ChangePassword", "/Account/ChangePassword", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Directory/Enterprises", "/Directory/Enterprises", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Directory/Enterprises/Index", "/Directory/Enterprises/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Directory/Enterprises/Details/{id:int}", $"/Directory/Enterprises/Details/{app.EnterpriseId}", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Directory/Enterprises/Details/{id:int}", $"/Directory/Enterprises/Details/{_b}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Directory/Enterprises/Create", "/Directory/Enterprises/Create", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Directory/Enterprises/Edit/{id:int}", $"/Directory/Enterprises/Edit/{app.EnterpriseId}", 302, 200, 403, 403, 403, 200, 403),
        new("PAGE", "Directory/Enterprises/Edit/{id:int}", $"/Directory/Enterprises/Edit/{_b}", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Directory/Workers", "/Directory/Workers", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Directory/Workers/Index", "/Directory/Workers/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Directory/Workers/Details/{id:int}", $"/Directory/Workers/Details/{_w1}", 302, 200, 200, 403, 200, 200, 200),
        new("PAGE", "Directory/Workers/Details/{id:int}", $"/Directory/Workers/Details/{_w2}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Directory/Workers/Create", "/Directory/Workers/Create", 302, 200, 403, 403, 200, 200, 403),
        new("PAGE", "Directory/Workers/Edit/{id:int}", $"/Directory/Workers/Edit/{_w1}", 302, 200, 403, 403, 403, 200, 403),
        new("PAGE", "Directory/Workers/Edit/{id:int}", $"/Directory/Workers/Edit/{_w2}", 302, 200, 403, 403, 403, 403, 403),
        // ---- competitions, schemes, judging (lead) ----
        new("GET", "api/competitions", "/api/competitions", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}", $"/api/competitions/{_c}", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}", $"/api/competitions/{_d}", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}", "/api/competitions/999999", 401, 404, 404, 404, 403, 403, 403),
        new("POST", "api/competitions", "/api/competitions", 401, 400, 400, 403, 403, 403, 403),
        new("PUT", "api/competitions/{id:int}", $"/api/competitions/{_c}", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/status", $"/api/competitions/{_c}/status", 401, 400, 400, 400, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/scheme", $"/api/competitions/{_c}/scheme", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/scheme", $"/api/competitions/{_d}/scheme", 401, 200, 200, 403, 403, 403, 403),
        new("PUT", "api/competitions/{id:int}/scheme", $"/api/competitions/{_c}/scheme", 401, 409, 409, 403, 403, 403, 403),
        new("PUT", "api/competitions/{id:int}/ranking-rules", $"/api/competitions/{_c}/ranking-rules", 401, 400, 400, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Rules", $"/Competitions/{_c}/Rules", 302, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/scheme.xlsx", $"/api/competitions/{_c}/scheme.xlsx", 401, 200, 200, 200, 403, 403, 403),
        // A JSON body to an upload endpoint is refused as the wrong media type before anything else (415).
        new("POST", "api/competitions/{id:int}/scheme/import", $"/api/competitions/{_c}/scheme/import", 401, 415, 415, 415, 415, 415, 415),
        new("POST", "api/competitions/{id:int}/scheme/copy", $"/api/competitions/{_c}/scheme/copy", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/judging", $"/api/competitions/{_c}/judging", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/judging", $"/api/competitions/{_d}/judging", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/judges", $"/api/competitions/{_c}/judges", 401, 400, 400, 403, 403, 403, 403),
        new("DELETE", "api/competitions/{id:int}/judges/{judgeId:int}", $"/api/competitions/{_c}/judges/999999", 401, 404, 404, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/panels", $"/api/competitions/{_c}/panels", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/conflicts/detect", $"/api/competitions/{_c}/conflicts/detect", 401, 200, 200, 200, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/conflicts/detect", $"/api/competitions/{_d}/conflicts/detect", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/conflicts", $"/api/competitions/{_c}/conflicts", 401, 400, 400, 400, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/conflicts/{conflictId:int}/review", $"/api/competitions/{_c}/conflicts/999999/review", 401, 403, 403, 404, 403, 403, 403),
        new("PAGE", "Competitions", "/Competitions", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/Index", "/Competitions/Index", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/Create", "/Competitions/Create", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}", $"/Competitions/{_c}", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}", $"/Competitions/{_d}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Edit", $"/Competitions/{_c}/Edit", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Scheme", $"/Competitions/{_c}/Scheme", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Scheme", $"/Competitions/{_d}/Scheme", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Judges", $"/Competitions/{_c}/Judges", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Judges", $"/Competitions/{_d}/Judges", 302, 200, 200, 403, 403, 403, 403),
        // ---- registration ----
        new("GET", "api/competitions/{id:int}/entrants", $"/api/competitions/{_c}/entrants", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/entrants", $"/api/competitions/{_d}/entrants", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/entrants", "/api/competitions/999999/entrants", 401, 404, 404, 404, 404, 404, 404),
        new("POST", "api/competitions/{id:int}/entrants", $"/api/competitions/{_c}/entrants", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/entrants/{entrantId:int}/withdraw", $"/api/competitions/{_c}/entrants/999999/withdraw", 401, 400, 400, 403, 403, 403, 403),
        // A JSON body is refused by routing (the endpoint accepts only multipart forms) before authorisation runs;
        // RegistrationTests posts real files as judge and worker and gets 403.
        new("POST", "api/competitions/{id:int}/entrants/import", $"/api/competitions/{_c}/entrants/import", 401, 415, 415, 415, 415, 415, 415),
        new("GET", "api/competitions/{id:int}/entrants/import-template", $"/api/competitions/{_c}/entrants/import-template", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/entrants/eligibility", $"/api/competitions/{_c}/entrants/eligibility?workerId={_w1}", 401, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Entrants", $"/Competitions/{_c}/Entrants", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Entrants", $"/Competitions/{_d}/Entrants", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Entrants/Import", $"/Competitions/{_c}/Entrants/Import", 302, 200, 200, 403, 403, 403, 403),
        // ---- score entry ----
        new("GET", "api/competitions/{id:int}/marking", $"/api/competitions/{_c}/marking", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/marking", $"/api/competitions/{_d}/marking", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/marking", "/api/competitions/999999/marking", 401, 404, 404, 404, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}", $"/api/competitions/{_c}/sheets/999999/999999", 401, 404, 404, 404, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}", $"/api/competitions/{_d}/sheets/999999/999999", 401, 404, 404, 403, 403, 403, 403),
        new("PUT", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}", $"/api/competitions/{_c}/sheets/999999/999999", 401, 400, 400, 400, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}/submit", $"/api/competitions/{_c}/sheets/999999/999999/submit", 401, 404, 404, 404, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}/reopen", $"/api/competitions/{_c}/sheets/999999/999999/reopen", 401, 404, 404, 404, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}/verify", $"/api/competitions/{_c}/sheets/999999/999999/verify", 401, 404, 404, 404, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}/verify", $"/api/competitions/{_d}/sheets/999999/999999/verify", 401, 404, 404, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/{panelId:int}/{entrantId:int}/unlock", $"/api/competitions/{_c}/sheets/999999/999999/unlock", 401, 400, 400, 400, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/verify-all", $"/api/competitions/{_c}/sheets/verify-all", 401, 409, 409, 409, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/sheets/verify-all", $"/api/competitions/{_d}/sheets/verify-all", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/sheets/{sheetId:int}/history", $"/api/competitions/{_c}/sheets/999999/history", 401, 404, 404, 404, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/disagreements", $"/api/competitions/{_c}/disagreements", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/disagreements", $"/api/competitions/{_d}/disagreements", 401, 200, 200, 403, 403, 403, 403),
        // A JSON body never reaches a multipart endpoint: routing answers 415 to any signed-in caller before authorisation.
        new("POST", "api/competitions/{id:int}/theory/import", $"/api/competitions/{_c}/theory/import", 401, 415, 415, 415, 415, 415, 415),
        new("PAGE", "Competitions/{id:int}/Marking", $"/Competitions/{_c}/Marking", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Marking", $"/Competitions/{_d}/Marking", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Marking/Sheet/{panelId:int}/{entrantId:int}", $"/Competitions/{_c}/Marking/Sheet/999999/999999", 302, 404, 404, 404, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Marking/Disagreements", $"/Competitions/{_c}/Marking/Disagreements", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Marking/Disagreements", $"/Competitions/{_d}/Marking/Disagreements", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Marking/Theory", $"/Competitions/{_c}/Marking/Theory", 302, 200, 200, 403, 403, 403, 403),
        // ---- results ----
        new("GET", "api/competitions/{id:int}/standings", $"/api/competitions/{_c}/standings", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/standings", $"/api/competitions/{_d}/standings", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/standings", "/api/competitions/999999/standings", 401, 404, 404, 404, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/standings/snapshots", $"/api/competitions/{_c}/standings/snapshots", 401, 200, 200, 200, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/standings/finalise", $"/api/competitions/{_c}/standings/finalise", 401, 409, 409, 403, 403, 403, 403),
        new("POST", "api/competitions/{id:int}/standings/publish", $"/api/competitions/{_c}/standings/publish", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/standings.xlsx", $"/api/competitions/{_p}/standings.xlsx", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/board", $"/api/competitions/{_c}/board", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/board", $"/api/competitions/{_d}/board", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/results/judges", $"/api/competitions/{_c}/results/judges", 401, 200, 200, 200, 403, 403, 403),
        new("GET", "api/competitions/{id:int}/results/entrants/{entrantId:int}", $"/api/competitions/{_c}/results/entrants/999999", 401, 404, 404, 404, 403, 403, 403),
        // The public board: anyone once a competition has something public; nothing at all before marking starts.
        new("GET", "api/public/boards/{id:int}", $"/api/public/boards/{_p}", 200, 200, 200, 200, 200, 200, 200),
        new("GET", "api/public/boards/{id:int}", $"/api/public/boards/{_c}", 404, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Competitions/{id:int}/Results", $"/Competitions/{_c}/Results", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Results", $"/Competitions/{_p}/Results", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Results/Print", $"/Competitions/{_p}/Results/Print", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Results/Certificates", $"/Competitions/{_p}/Results/Certificates", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Results/Judges", $"/Competitions/{_c}/Results/Judges", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Results/Entrant/{entrantId:int}", $"/Competitions/{_c}/Results/Entrant/999999", 302, 404, 404, 404, 403, 403, 403),
        new("PAGE", "Competitions/{id:int}/Board", $"/Competitions/{_c}/Board", 302, 200, 200, 200, 403, 403, 403),
        new("PAGE", "Board/{id:int}", $"/Board/{_p}", 200, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Board/{id:int}", $"/Board/{_c}", 404, 404, 404, 404, 404, 404, 404),
        // ---- pay (lead) ----
        new("GET", "api/bargaining/agreements/{id:int}/simulation", $"/api/bargaining/agreements/{_n}/simulation?proposal={_np}", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/bargaining/agreements/{id:int}/simulation", "/api/bargaining/agreements/999999/simulation?proposal=1", 401, 404, 404, 404, 404, 404, 404),
        new("GET", "api/workers/{id:int}/pay", $"/api/workers/{_w1}/pay", 401, 200, 200, 403, 200, 200, 200),
        new("GET", "api/workers/{id:int}/pay", $"/api/workers/{_w2}/pay", 401, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}/Simulate", $"/Bargaining/Agreements/{_n}/Simulate", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Pay/Worker/{id:int}", $"/Pay/Worker/{_w1}", 302, 200, 200, 403, 200, 200, 200),
        new("PAGE", "Pay/Worker/{id:int}", $"/Pay/Worker/{_w2}", 302, 200, 200, 403, 200, 403, 403),
        // ---- jobs ----
        // The matrix's host runs no jobs (Jobs:Enabled=false): an admin's lever reaches the handler and is told so (409).
        new("GET", "api/jobs", "/api/jobs", 401, 200, 403, 403, 403, 403, 403),
        new("GET", "api/jobs/history", "/api/jobs/history", 401, 200, 403, 403, 403, 403, 403),
        new("POST", "api/jobs/{group}/{name}/run", "/api/jobs/maintenance/standings-sweep/run", 401, 409, 403, 403, 403, 403, 403),
        new("POST", "api/jobs/{group}/{name}/pause", "/api/jobs/maintenance/standings-sweep/pause", 401, 409, 403, 403, 403, 403, 403),
        new("POST", "api/jobs/{group}/{name}/resume", "/api/jobs/maintenance/standings-sweep/resume", 401, 409, 403, 403, 403, 403, 403),
        new("POST", "api/jobs/failed/{jobId}/retry", "/api/jobs/failed/1/retry", 401, 409, 403, 403, 403, 403, 403),
        new("PAGE", "Admin/Jobs", "/Admin/Jobs", 302, 200, 403, 403, 403, 403, 403),
        // ---- ladder ----
        // Policy versions: read by directory keepers, saved by admins ({} stops at validation). Progress: as the worker record.
        new("GET", "api/ladder/policies", "/api/ladder/policies", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/ladder/policies/{number:int}", "/api/ladder/policies/1", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/ladder/policies/{number:int}", "/api/ladder/policies/999999", 401, 404, 404, 403, 404, 404, 403),
        new("POST", "api/ladder/policies", "/api/ladder/policies", 401, 400, 403, 403, 403, 403, 403),
        new("GET", "api/workers/{id:int}/progress", $"/api/workers/{_w1}/progress", 401, 200, 200, 403, 200, 200, 200),
        new("GET", "api/workers/{id:int}/progress", $"/api/workers/{_w2}/progress", 401, 200, 200, 403, 200, 403, 403),
        new("GET", "api/workers/{id:int}/progress", "/api/workers/999999/progress", 401, 404, 404, 404, 404, 404, 404),
        new("POST", "api/workers/{id:int}/messages/read", $"/api/workers/{_w1}/messages/read", 401, 403, 403, 403, 403, 403, 200),
        new("POST", "api/workers/{id:int}/messages/read", $"/api/workers/{_w2}/messages/read", 401, 403, 403, 403, 403, 403, 403),
        new("PAGE", "Ladder/Policies", "/Ladder/Policies", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Ladder/Policies/Index", "/Ladder/Policies/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Ladder/Policies/Details/{number:int}", "/Ladder/Policies/Details/1", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Ladder/Policies/Create", "/Ladder/Policies/Create", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Ladder/Worker/{id:int}", $"/Ladder/Worker/{_w1}", 302, 200, 200, 403, 200, 200, 200),
        new("PAGE", "Ladder/Worker/{id:int}", $"/Ladder/Worker/{_w2}", 302, 200, 200, 403, 200, 403, 403),
        // ---- honours, nominations, public notice ----
        new("GET", "api/honours/types", "/api/honours/types", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/honours/types/{id:int}", "/api/honours/types/999999", 401, 404, 404, 403, 404, 404, 403),
        new("POST", "api/honours/types", "/api/honours/types", 401, 400, 403, 403, 403, 403, 403),
        new("PUT", "api/honours/types/{id:int}", "/api/honours/types/999999", 401, 400, 403, 403, 403, 403, 403),
        new("POST", "api/honours/types/{id:int}/deactivate", "/api/honours/types/999999/deactivate", 401, 404, 403, 403, 403, 403, 403),
        new("GET", "api/honours/calendar", "/api/honours/calendar", 401, 200, 403, 403, 403, 403, 403),
        new("POST", "api/honours/calendar", "/api/honours/calendar", 401, 400, 403, 403, 403, 403, 403),
        new("DELETE", "api/honours/calendar/{date}", "/api/honours/calendar/2026-01-05", 401, 404, 403, 403, 403, 403, 403),
        new("GET", "api/honours/reviewers", "/api/honours/reviewers", 401, 200, 403, 403, 200, 403, 403),
        new("GET", "api/honours/nominations", "/api/honours/nominations", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/honours/nominations/{id:int}", "/api/honours/nominations/999999", 401, 404, 404, 403, 404, 404, 403),
        new("POST", "api/honours/nominations", "/api/honours/nominations", 401, 400, 403, 403, 400, 400, 403),
        new("POST", "api/honours/nominations/{id:int}/withdraw", "/api/honours/nominations/999999/withdraw", 401, 400, 400, 403, 400, 400, 403),
        // Review is for federation reviewers and admins only: enterprise HR is refused at the edge whatever it sends.
        new("POST", "api/honours/nominations/{id:int}/assign", "/api/honours/nominations/999999/assign", 401, 404, 403, 403, 404, 403, 403),
        new("POST", "api/honours/nominations/{id:int}/recuse", "/api/honours/nominations/999999/recuse", 401, 400, 403, 403, 400, 403, 403),
        new("POST", "api/honours/nominations/{id:int}/approve", "/api/honours/nominations/999999/approve", 401, 400, 403, 403, 400, 403, 403),
        new("POST", "api/honours/nominations/{id:int}/reject", "/api/honours/nominations/999999/reject", 401, 400, 403, 403, 400, 403, 403),
        new("POST", "api/honours/nominations/{id:int}/objections/{objectionId:int}/resolve", "/api/honours/nominations/999999/objections/1/resolve", 401, 400, 403, 403, 400, 403, 403),
        new("POST", "api/honours/nominations/{id:int}/confer", "/api/honours/nominations/999999/confer", 401, 404, 403, 403, 404, 403, 403),
        new("POST", "api/honours/nominations/confer-due", "/api/honours/nominations/confer-due", 401, 200, 403, 403, 200, 403, 403),
        new("POST", "api/competitions/{id:int}/nominations", $"/api/competitions/{_c}/nominations", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/notices", "/api/notices", 200, 200, 200, 200, 200, 200, 200),
        new("POST", "api/notices/{nominationId:int}/objections", "/api/notices/999999/objections", 400, 400, 400, 400, 400, 400, 400),
        new("PAGE", "Honours/Catalogue", "/Honours/Catalogue", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Honours/Catalogue/Index", "/Honours/Catalogue/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Honours/Catalogue/Edit/{id:int?}", "/Honours/Catalogue/Edit", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Honours/Calendar", "/Honours/Calendar", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Honours/Nominations", "/Honours/Nominations", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Honours/Nominations/Index", "/Honours/Nominations/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Honours/Nominations/{id:int}", "/Honours/Nominations/999999", 302, 404, 404, 403, 404, 404, 403),
        new("PAGE", "Honours/Nominations/Create", "/Honours/Nominations/Create", 302, 200, 403, 403, 200, 200, 403),
        new("PAGE", "Notices", "/Notices", 200, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Notices/Index", "/Notices/Index", 200, 200, 200, 200, 200, 200, 200),
        // ---- talent reports ----
        // Enterprise HR reads its own enterprise only: another enterprise's id is refused, not narrowed.
        new("GET", "api/reports/talent/overview", "/api/reports/talent/overview", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/overview", $"/api/reports/talent/overview?enterpriseId={_b}", 401, 200, 200, 403, 200, 403, 403),
        new("GET", "api/reports/talent/overview", "/api/reports/talent/overview?industryId=0", 401, 400, 400, 403, 400, 400, 403),
        new("GET", "api/reports/talent/industries", "/api/reports/talent/industries", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/enterprises", "/api/reports/talent/enterprises?sort=Total&page=1", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/years", "/api/reports/talent/years?fromYear=2024", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/years", "/api/reports/talent/years?fromYear=2026&toYear=2020", 401, 400, 400, 403, 400, 400, 403),
        new("GET", "api/reports/talent/flows", "/api/reports/talent/flows?by=Month", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/{kind}.xlsx", "/api/reports/talent/enterprises.xlsx", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reports/talent/{kind}.xlsx", $"/api/reports/talent/flows.xlsx?enterpriseId={_b}", 401, 200, 200, 403, 200, 403, 403),
        new("GET", "api/reports/talent/{kind}.xlsx", "/api/reports/talent/nothing.xlsx", 401, 404, 404, 403, 404, 404, 403),
        new("PAGE", "Reports/Talent", "/Reports/Talent", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Reports/Talent/Index", $"/Reports/Talent/Index?enterprise={_b}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Reports/Talent/Enterprises", "/Reports/Talent/Enterprises?sort=Total", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Reports/Talent/Years", "/Reports/Talent/Years?fromYear=2026&toYear=2020", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Reports/Talent/Flows", "/Reports/Talent/Flows?by=Month", 302, 200, 200, 403, 200, 200, 403),
        // ---- wage bargaining ----
        // Agreement G is enterprise A's (the HR account's), H enterprise B's; both are offers awaiting a reply. Empty bodies stop
        // at validation (400); steps with nothing to validate reach the agreement and are refused by its state (409).
        new("GET", "api/bargaining/minimum-wages", "/api/bargaining/minimum-wages", 401, 200, 200, 403, 200, 200, 403),
        new("POST", "api/bargaining/minimum-wages", "/api/bargaining/minimum-wages", 401, 400, 403, 403, 403, 403, 403),
        new("GET", "api/bargaining/post-classes", "/api/bargaining/post-classes", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/bargaining/agreements", "/api/bargaining/agreements", 401, 200, 200, 403, 200, 200, 403),
        new("POST", "api/bargaining/agreements", "/api/bargaining/agreements", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/expire", "/api/bargaining/agreements/expire", 401, 200, 403, 403, 403, 403, 403),
        new("GET", "api/bargaining/agreements/{id:int}", $"/api/bargaining/agreements/{_g}", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/bargaining/agreements/{id:int}", $"/api/bargaining/agreements/{_h}", 401, 200, 200, 403, 200, 403, 403),
        new("GET", "api/bargaining/agreements/{id:int}", "/api/bargaining/agreements/999999", 401, 404, 404, 403, 404, 404, 403),
        new("GET", "api/bargaining/agreements/{id:int}/round-form", $"/api/bargaining/agreements/{_g}/round-form", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/bargaining/agreements/{id:int}/round-form", $"/api/bargaining/agreements/{_h}/round-form", 401, 200, 200, 403, 200, 403, 403),
        new("POST", "api/bargaining/agreements/{id:int}/grid-check", $"/api/bargaining/agreements/{_g}/grid-check", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/representatives", $"/api/bargaining/agreements/{_g}/representatives", 401, 400, 400, 403, 400, 400, 403),
        new("DELETE", "api/bargaining/agreements/{id:int}/representatives/{representativeId:int}", $"/api/bargaining/agreements/{_g}/representatives/999999", 401, 404, 404, 403, 404, 404, 403),
        new("DELETE", "api/bargaining/agreements/{id:int}/representatives/{representativeId:int}", $"/api/bargaining/agreements/{_h}/representatives/999999", 401, 404, 404, 403, 404, 403, 403),
        new("POST", "api/bargaining/agreements/{id:int}/reply", $"/api/bargaining/agreements/{_g}/reply", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/rounds", $"/api/bargaining/agreements/{_g}/rounds", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/draft", $"/api/bargaining/agreements/{_g}/draft", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/draft", $"/api/bargaining/agreements/{_h}/draft", 401, 400, 400, 403, 400, 403, 403),
        new("POST", "api/bargaining/agreements/{id:int}/votes", $"/api/bargaining/agreements/{_g}/votes", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/sign", $"/api/bargaining/agreements/{_g}/sign", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/file", $"/api/bargaining/agreements/{_g}/file", 401, 400, 400, 403, 400, 400, 403),
        new("POST", "api/bargaining/agreements/{id:int}/take-effect", $"/api/bargaining/agreements/{_g}/take-effect", 401, 409, 409, 403, 409, 409, 403),
        new("POST", "api/bargaining/agreements/{id:int}/take-effect", $"/api/bargaining/agreements/{_h}/take-effect", 401, 409, 409, 403, 409, 403, 403),
        new("GET", "api/bargaining/agreements/{id:int}/grid.xlsx", $"/api/bargaining/agreements/{_g}/grid.xlsx", 401, 409, 409, 403, 409, 409, 403),
        new("GET", "api/bargaining/agreements/{id:int}/filing-pack.xlsx", $"/api/bargaining/agreements/{_g}/filing-pack.xlsx", 401, 409, 409, 403, 409, 409, 403),
        new("PAGE", "Bargaining", "/Bargaining", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Index", "/Bargaining/Index", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Create", "/Bargaining/Create", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/MinimumWages", "/Bargaining/MinimumWages", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}", $"/Bargaining/Agreements/{_g}", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}", $"/Bargaining/Agreements/{_h}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}/Round", $"/Bargaining/Agreements/{_g}/Round", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}/Round", $"/Bargaining/Agreements/{_h}/Round", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}/Print", $"/Bargaining/Agreements/{_g}/Print", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Bargaining/Agreements/{id:int}/Print", $"/Bargaining/Agreements/{_h}/Print", 302, 200, 200, 403, 200, 403, 403),
        // ---- innovation entries ----
        // Any signed-in user reaches them; handlers decide. city.I is W1's submitted entry of enterprise A, in no campaign, so
        // organizers (who see campaign entries) and judges may not read it. {} stops every command at validation (400).
        new("GET", "api/innovations", "/api/innovations", 401, 200, 200, 200, 200, 200, 200),
        new("POST", "api/innovations", "/api/innovations", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/innovations/{id:int}", $"/api/innovations/{city.I}", 401, 200, 403, 403, 200, 200, 200),
        new("GET", "api/innovations/{id:int}", "/api/innovations/999999", 401, 404, 404, 404, 404, 404, 404),
        new("POST", "api/innovations/{id:int}/assessment", $"/api/innovations/{city.I}/assessment", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/innovations/{id:int}/withdrawal", $"/api/innovations/{city.I}/withdrawal", 401, 400, 400, 400, 400, 400, 400),
        new("PAGE", "Innovation", "/Innovation", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Innovation/Index", "/Innovation/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Innovation/New", "/Innovation/New", 302, 200, 403, 403, 403, 200, 200),
        new("PAGE", "Innovation/{id:int}", $"/Innovation/{city.I}", 302, 200, 403, 403, 200, 200, 200),
        new("PAGE", "Innovation/{id:int}", "/Innovation/999999", 302, 404, 404, 404, 404, 404, 404),
        // ---- labour campaigns: standings and awards ----
        // Campaign L runs and has not been ranked (jobs are off here): the export has nothing yet (409), and proposals wait
        // for the close (409). The public board answers everyone for a running campaign, 404 for one that does not exist.
        new("GET", "api/campaigns/{id:int}/standings", $"/api/campaigns/{city.L}/standings", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/standings", $"/api/campaigns/{city.L}/standings?periodId=999999", 401, 404, 404, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/standings", "/api/campaigns/999999/standings", 401, 404, 404, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/banners", $"/api/campaigns/{city.L}/banners", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/awards", $"/api/campaigns/{city.L}/awards", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/awards/proposals", $"/api/campaigns/{city.L}/awards/proposals", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/standings.xlsx", $"/api/campaigns/{city.L}/standings.xlsx", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/public/campaigns/{id:int}/board", $"/api/public/campaigns/{city.L}/board", 200, 200, 200, 200, 200, 200, 200),
        new("GET", "api/public/campaigns/{id:int}/board", "/api/public/campaigns/999999/board", 404, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Campaigns/Standings/{id:int}", $"/Campaigns/Standings/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Standings/{id:int}", $"/Campaigns/Standings/{city.L}?periodId={city.LPeriod}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Banners/{id:int}", $"/Campaigns/Banners/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Awards/{id:int}", $"/Campaigns/Awards/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Awards/{id:int}", "/Campaigns/Awards/999999", 302, 404, 404, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Board/{id:int}", $"/Campaigns/Board/{city.L}", 200, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Campaigns/Board/{id:int}", "/Campaigns/Board/999999", 404, 404, 404, 404, 404, 404, 404),
        // ---- labour campaigns: setup and assessments ----
        // Campaign L is running (two crews, monthly periods, nothing submitted): empty bodies stop at validation (400); steps
        // that need no input reach the campaign and are refused by its state (409). Participant 999999 is nobody's.
        new("GET", "api/campaigns", "/api/campaigns", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/campaigns", "/api/campaigns", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}", $"/api/campaigns/{city.L}", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}", "/api/campaigns/999999", 401, 404, 404, 403, 403, 403, 403),
        new("PUT", "api/campaigns/{id:int}", $"/api/campaigns/{city.L}", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/start", $"/api/campaigns/{city.L}/start", 401, 409, 409, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/close", $"/api/campaigns/{city.L}/close", 401, 409, 409, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/participants", $"/api/campaigns/{city.L}/participants", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/participants/units", $"/api/campaigns/{city.L}/participants/units", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/participants/individuals", $"/api/campaigns/{city.L}/participants/individuals", 401, 400, 400, 403, 403, 403, 403),
        new("PUT", "api/campaigns/{id:int}/participants/{participantId:int}/members", $"/api/campaigns/{city.L}/participants/999999/members", 401, 400, 400, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/participants/{participantId:int}/withdraw", $"/api/campaigns/{city.L}/participants/{city.LUnit}/withdraw", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/periods", $"/api/campaigns/{city.L}/periods", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/periods/plan", $"/api/campaigns/{city.L}/periods/plan", 401, 409, 409, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/periods", $"/api/campaigns/{city.L}/periods", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/scheme", $"/api/campaigns/{city.L}/scheme", 401, 200, 200, 403, 403, 403, 403),
        new("PUT", "api/campaigns/{id:int}/scheme", $"/api/campaigns/{city.L}/scheme", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/assessments", $"/api/campaigns/{city.L}/assessments", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/999999", 401, 404, 404, 403, 403, 403, 403),
        new("PUT", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}", 401, 400, 400, 403, 403, 403, 403),
        // A preview writes nothing: an empty one scores the stored values.
        new("POST", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/preview", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/preview", 401, 200, 200, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/submit", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/submit", 401, 409, 409, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/reopen", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/reopen", 401, 400, 400, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/history", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/history", 401, 200, 200, 403, 403, 403, 403),
        new("GET", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/evidence", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/evidence", 401, 200, 200, 403, 403, 403, 403),
        // A JSON body never reaches the multipart upload; CampaignWebTests posts real files.
        new("POST", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/evidence", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/evidence", 401, 415, 415, 415, 415, 415, 415),
        new("GET", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/evidence/{evidenceId:int}", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/evidence/999999", 401, 404, 404, 403, 403, 403, 403),
        new("DELETE", "api/campaigns/{id:int}/assessments/{periodId:int}/{participantId:int}/evidence/{evidenceId:int}", $"/api/campaigns/{city.L}/assessments/{city.LPeriod}/{city.LUnit}/evidence/999999", 401, 404, 404, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/periods/{periodId:int}/lock", $"/api/campaigns/{city.L}/periods/{city.LPeriod}/lock", 401, 409, 409, 403, 403, 403, 403),
        new("POST", "api/campaigns/{id:int}/periods/{periodId:int}/unlock", $"/api/campaigns/{city.L}/periods/{city.LPeriod}/unlock", 401, 400, 400, 403, 403, 403, 403),
        new("PAGE", "Campaigns", "/Campaigns", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Index", "/Campaigns/Index", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/New", "/Campaigns/New", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Details/{id:int}", $"/Campaigns/Details/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Participants/{id:int}", $"/Campaigns/Participants/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Periods/{id:int}", $"/Campaigns/Periods/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Scheme/{id:int}", $"/Campaigns/Scheme/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Assessments/{id:int}", $"/Campaigns/Assessments/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Assessments/Index/{id:int}", $"/Campaigns/Assessments/Index/{city.L}", 302, 200, 200, 403, 403, 403, 403),
        new("PAGE", "Campaigns/Assessments/Entry/{id:int}/{periodId:int}/{participantId:int}", $"/Campaigns/Assessments/Entry/{city.L}/{city.LPeriod}/{city.LUnit}", 302, 200, 200, 403, 403, 403, 403),
        // ---- skill growth hub (lead) ----
        new("PAGE", "Growth", "/Growth", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Growth/Index", "/Growth/Index", 302, 200, 200, 200, 200, 200, 200),
        // ---- online practice ----
        new("GET", "api/practice/banks", "/api/practice/banks", 401, 200, 200, 403, 200, 403, 403),
        new("POST", "api/practice/banks", "/api/practice/banks", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/practice/banks/template", "/api/practice/banks/template", 401, 200, 200, 200, 200, 200, 200),
        new("GET", "api/practice/banks/{id:int}", $"/api/practice/banks/{city.QB}", 401, 200, 200, 403, 200, 403, 403),
        // A JSON body never reaches the multipart upload; PracticeWebTests posts a real file.
        new("POST", "api/practice/banks/{id:int}/questions", $"/api/practice/banks/{city.QB}/questions", 401, 415, 415, 415, 415, 415, 415),
        new("GET", "api/practice/rounds", "/api/practice/rounds", 401, 200, 200, 200, 200, 200, 200),
        new("POST", "api/practice/rounds", "/api/practice/rounds", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/practice/rounds/{id:int}/attempt", $"/api/practice/rounds/{city.PR}/attempt", 401, 403, 403, 403, 403, 403, 200),
        new("GET", "api/practice/rounds/{id:int}/board", $"/api/practice/rounds/{city.PR}/board", 401, 200, 200, 200, 200, 200, 200),
        new("GET", "api/practice/attempts/{id:long}", "/api/practice/attempts/999999", 401, 404, 404, 404, 404, 404, 404),
        new("POST", "api/practice/attempts/{id:long}/hand-in", "/api/practice/attempts/999999/hand-in", 401, 400, 400, 400, 400, 400, 400),
        new("PAGE", "Practice", "/Practice", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Practice/Index", "/Practice/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Practice/Banks", "/Practice/Banks", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Practice/Bank/{id:int}", $"/Practice/Bank/{city.QB}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Practice/NewRound", "/Practice/NewRound", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Practice/Attempt/{id:long}", "/Practice/Attempt/999999", 302, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Practice/Board/{roundId:int}", $"/Practice/Board/{city.PR}", 302, 200, 200, 200, 200, 200, 200),
        // ---- training ----
        // Everyone signed in reads programmes; admins, organizers and federation reviewers run them (roster); {} stops commands at
        // validation. Enrolment goes to a missing programme so the worker's self-enrolment changes nothing (404 after the check
        // that admins and HR, who are no workers, must name one). The hours report reads like the talent reports.
        new("GET", "api/training/programmes", "/api/training/programmes", 401, 200, 200, 200, 200, 200, 200),
        new("POST", "api/training/programmes", "/api/training/programmes", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/training/programmes/{id:int}", $"/api/training/programmes/{city.TP}", 401, 200, 200, 200, 200, 200, 200),
        new("GET", "api/training/programmes/{id:int}", "/api/training/programmes/999999", 401, 404, 404, 404, 404, 404, 404),
        new("PUT", "api/training/programmes/{id:int}", $"/api/training/programmes/{city.TP}", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/training/programmes/{id:int}/status", $"/api/training/programmes/{city.TP}/status", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/training/programmes/{id:int}/enrolments", "/api/training/programmes/999999/enrolments", 401, 400, 400, 400, 400, 400, 404),
        new("GET", "api/training/programmes/{id:int}/roster", $"/api/training/programmes/{city.TP}/roster", 401, 200, 200, 403, 200, 403, 403),
        new("PUT", "api/training/programmes/{id:int}/roster", $"/api/training/programmes/{city.TP}/roster", 401, 200, 200, 403, 200, 403, 403),
        new("POST", "api/training/enrolments/{id:int}/result", "/api/training/enrolments/999999/result", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/training/enrolments/{id:int}/withdrawal", "/api/training/enrolments/999999/withdrawal", 401, 404, 404, 404, 404, 404, 404),
        new("GET", "api/training/enrolments/{id:int}/certificate", "/api/training/enrolments/999999/certificate", 401, 404, 404, 404, 404, 404, 404),
        new("GET", "api/training/hours-report", "/api/training/hours-report", 401, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Training", "/Training", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Training/Index", "/Training/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Training/Details/{id:int}", $"/Training/Details/{city.TP}", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Training/Details/{id:int}", "/Training/Details/999999", 302, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Training/New", "/Training/New", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Training/Roster/{id:int}", $"/Training/Roster/{city.TP}", 302, 200, 200, 403, 200, 403, 403),
        new("PAGE", "Training/Certificate/{enrolmentId:int}", "/Training/Certificate/999999", 302, 404, 404, 404, 404, 404, 404),
        new("PAGE", "Reports/Talent/Training", "/Reports/Talent/Training", 302, 200, 200, 403, 200, 200, 403),
        // ---- mentoring, studios, titles ----
        new("GET", "api/mentoring/pairs", "/api/mentoring/pairs", 401, 200, 200, 200, 200, 200, 200),
        new("POST", "api/mentoring/pairs", "/api/mentoring/pairs", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/mentoring/pairs/{id:int}", $"/api/mentoring/pairs/{city.MP}", 401, 200, 403, 403, 200, 200, 200),
        new("POST", "api/mentoring/pairs/{id:int}/sign", $"/api/mentoring/pairs/{city.MP}/sign", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/mentoring/pairs/{id:int}/milestones/{number:int}/sign", $"/api/mentoring/pairs/{city.MP}/milestones/1/sign", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/mentoring/pairs/{id:int}/complete", $"/api/mentoring/pairs/{city.MP}/complete", 401, 409, 403, 403, 403, 409, 403),
        new("POST", "api/mentoring/pairs/{id:int}/terminate", $"/api/mentoring/pairs/{city.MP}/terminate", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/reports/talent/mentoring", "/api/reports/talent/mentoring?year=2026", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/studios", "/api/studios", 401, 200, 200, 200, 200, 200, 200),
        new("POST", "api/studios", "/api/studios", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/studios/{id:int}", $"/api/studios/{city.ST}", 401, 200, 200, 200, 200, 200, 200),
        new("PUT", "api/studios/{id:int}/lead", $"/api/studios/{city.ST}/lead", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/studios/{id:int}/members", $"/api/studios/{city.ST}/members", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/studios/{id:int}/members/{workerId:int}/leave", $"/api/studios/{city.ST}/members/{city.W3}/leave", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/studios/{id:int}/projects", $"/api/studios/{city.ST}/projects", 401, 400, 400, 400, 400, 400, 400),
        new("PUT", "api/studios/{id:int}/projects/{projectId:int}/results", $"/api/studios/{city.ST}/projects/999999/results", 401, 400, 400, 400, 400, 400, 400),
        new("POST", "api/studios/{id:int}/reviews", $"/api/studios/{city.ST}/reviews", 401, 400, 400, 400, 400, 400, 400),
        new("GET", "api/reports/talent/studios", "/api/reports/talent/studios", 401, 200, 200, 403, 200, 200, 403),
        new("GET", "api/reference/title-equivalences", "/api/reference/title-equivalences", 401, 200, 200, 200, 200, 200, 200),
        new("PUT", "api/reference/title-equivalences", "/api/reference/title-equivalences", 401, 400, 403, 403, 403, 403, 403),
        new("PAGE", "Mentoring", "/Mentoring", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Mentoring/Index", "/Mentoring/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Mentoring/New", "/Mentoring/New", 302, 200, 403, 403, 403, 200, 403),
        new("PAGE", "Mentoring/Details/{id:int}", $"/Mentoring/Details/{city.MP}", 302, 200, 403, 403, 200, 200, 200),
        new("PAGE", "Studios", "/Studios", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Studios/Index", "/Studios/Index", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Studios/New", "/Studios/New", 302, 200, 403, 403, 200, 403, 403),
        new("PAGE", "Studios/Details/{id:int}", $"/Studios/Details/{city.ST}", 302, 200, 200, 200, 200, 200, 200),
        new("PAGE", "Admin/Titles", "/Admin/Titles", 302, 200, 403, 403, 403, 403, 403),
        new("PAGE", "Reports/Talent/Mentoring", "/Reports/Talent/Mentoring?year=2026", 302, 200, 200, 403, 200, 200, 403),
        new("PAGE", "Reports/Talent/Studios", "/Reports/Talent/Studios", 302, 200, 200, 403, 200, 200, 403),
    ];

    [Fact]
    public void Every_endpoint_has_a_decision()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null ? ["PAGE"]
                    : e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {e.RoutePattern.RawText!.Trim('/')}"))
            .ToHashSet();
        var decided = Rows().Select(r => r.Key).ToHashSet();

        endpoints.Except(decided).ShouldBeEmpty("endpoints without a row in the access matrix");
        decided.Except(endpoints).ShouldBeEmpty("rows for endpoints that no longer exist");
    }

    [Fact]
    public async Task Every_role_gets_exactly_its_expected_answer_and_nothing_changes()
    {
        var before = await app.WithDbAsync(async db => (await db.Enterprises.CountAsync(), await db.Workers.CountAsync(), await db.SkillCertificates.CountAsync()));
        var wrong = new List<string>();
        foreach (var row in Rows())
        foreach (var role in Enum.GetValues<R>())
        {
            var method = row.Method is "PAGE" or "ANY" ? HttpMethod.Get : new HttpMethod(row.Method);
            using var request = new HttpRequestMessage(method, row.Url);
            if (method != HttpMethod.Get) request.Content = JsonContent.Create(new { });
            var status = (int)(await _clients[role].SendAsync(request)).StatusCode;
            if (status != row.Expected[(int)role]) wrong.Add($"{row.Method} {row.Url} as {role}: {status}, expected {row.Expected[(int)role]}");
        }

        wrong.ShouldBeEmpty();
        (await app.WithDbAsync(async db => (await db.Enterprises.CountAsync(), await db.Workers.CountAsync(), await db.SkillCertificates.CountAsync())))
            .ShouldBe(before);
    }

    /// <summary>The matrix's city: enterprises A and B, workers W1 (in A) and W2 (in B), one signed-in client per role.</summary>
    public sealed class City : IAsyncLifetime
    {
        public WebApp App { get; } = new();
        public int B { get; private set; }
        public int W1 { get; private set; }
        public int W2 { get; private set; }
        public int C { get; private set; }
        public int D { get; private set; }
        public int P { get; private set; }
        /// <summary>A wage agreement of enterprise A in negotiation, with one proposal on the table (the simulator's rows).</summary>
        public int N { get; private set; }
        public int NProposal { get; private set; }
        public int G { get; private set; }
        public int H { get; private set; }
        /// <summary>A running labour campaign with two crews of enterprise A and monthly periods; its first period and first crew.</summary>
        public int L { get; private set; }
        public int LPeriod { get; private set; }
        public int LUnit { get; private set; }
        /// <summary>A submitted 合理化建议 by W1 (enterprise A).</summary>
        public int I { get; private set; }
        /// <summary>Issue 9: an open training programme starting in a month (TP); a draft mentoring pair in enterprise A, mentor W1 and
        /// apprentice W3 (MP); a studio of enterprise A led by W1 (ST); a question bank of three questions (QB) and a round open now (PR).</summary>
        public int W3 { get; private set; }
        public int TP { get; private set; }
        public int MP { get; private set; }
        public int ST { get; private set; }
        public int QB { get; private set; }
        public int PR { get; private set; }
        public Dictionary<R, HttpClient> Clients { get; } = [];
        public int JudgeUserId { get; private set; }

        public async Task InitializeAsync()
        {
            await ((IAsyncLifetime)App).InitializeAsync();
            var app = App;
            (B, W1, W2) = await app.WithDbAsync(async db =>
            {
                var b = new Enterprise("宁波港联机械有限公司", TestData.CreditCode(200), app.IndustryId, "北仑区", null);
                db.Add(b);
                await db.SaveChangesAsync();
                var w1 = new Worker("陈一", TestData.IdNumber(new DateOnly(1990, 2, 2), 1), app.EnterpriseId, app.OccupationId, new DateOnly(2012, 1, 1), true);
                var w2 = new Worker("陈二", TestData.IdNumber(new DateOnly(1990, 2, 2), 3), b.Id, app.OccupationId, new DateOnly(2012, 1, 1), true);
                db.AddRange(w1, w2);
                await db.SaveChangesAsync();
                return (b.Id, w1.Id, w2.Id);
            });
            var noRedirects = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
            Clients[R.Anonymous] = app.CreateClient(noRedirects);
            foreach (var (role, appRole, worker, enterprise) in new (R, string, int?, int?)[]
                     {
                         (R.Admin, AppRoles.Admin, null, null), (R.Organizer, AppRoles.Organizer, null, null), (R.Judge, AppRoles.Judge, null, null),
                         (R.Reviewer, AppRoles.HrReviewer, null, null), (R.Hr, AppRoles.HrReviewer, null, app.EnterpriseId), (R.Worker, AppRoles.Worker, W1, app.EnterpriseId),
                     })
            {
                var user = await app.CreateUserAsync(appRole, worker, enterprise);
                var client = app.CreateClient(noRedirects);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync(user.UserName!));
                Clients[role] = client;
                if (role == R.Judge) JudgeUserId = user.Id;
            }
            (C, D) = await app.WithDbAsync(async db =>
            {
                Competition Create(string name)
                {
                    var competition = new Competition(CompetitionData.Details(app.OccupationId, name), "organizer", DateTime.UtcNow);
                    competition.ReplaceScheme(CompetitionData.StandardScheme());
                    competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "organizer", DateTime.UtcNow);
                    return competition;
                }
                var c = Create("竞赛C");
                var d = Create("竞赛D");
                db.AddRange(c, d);
                await db.SaveChangesAsync();
                db.Add(new CompetitionJudge(c.Id, JudgeUserId, "张裁判", null, isChief: true));
                await db.SaveChangesAsync();
                return (c.Id, d.Id);
            });
            P = await app.WithDbAsync(async db =>
            {
                var p = await StandingsData.CreateAsync(db, app.OccupationId, app.EnterpriseId, ["陈三", "陈四"], competitionName: "竞赛P");
                var snapshot = await StandingsData.AddSnapshotAsync(db, p.Id, Domain.Ranking.SnapshotBasis.Locked,
                    StandingsData.Row(p.Entrants[0].Id, 1, 1, 9000, Domain.Ranking.Prize.First), StandingsData.Row(p.Entrants[1].Id, 2, 2, 8000));
                var competition = await db.Competitions.SingleAsync(x => x.Id == p.Id);
                var facts = new CompetitionFacts(true, 2, 1, 0, true);
                snapshot.Finalise("organizer", DateTime.UtcNow);
                snapshot.Publish("organizer", DateTime.UtcNow);
                competition.MoveTo(CompetitionStatus.Ranked, facts, "organizer", DateTime.UtcNow);
                competition.MoveTo(CompetitionStatus.Published, facts, "organizer", DateTime.UtcNow);
                await db.SaveChangesAsync();
                return p.Id;
            });
            (G, H) = await app.WithDbAsync(async db =>
            {
                WageAgreement Offer(int enterpriseId) => new("技能等级工资专项集体合同", AgreementScope.Enterprise, enterpriseId, null, null, "杭州一类区",
                    BargainingSide.Union, "工会就技能等级工资标准提出协商要约。", DateOnly.FromDateTime(DateTime.UtcNow), 12, PayEffectiveRule.NextPayMonth, new BargainingDeadlines());
                var (g, h) = (Offer(app.EnterpriseId), Offer(B));
                db.AddRange(g, h);
                await db.SaveChangesAsync();
                return (g.Id, h.Id);
            });
            (N, NProposal) = await app.WithDbAsync(async db =>
            {
                var basic = await db.PostClasses.OrderBy(c => c.Order).Select(c => c.Id).FirstAsync();
                var agreement = new Domain.Pay.WageAgreement("能级工资专项集体合同N", Domain.Pay.AgreementScope.Enterprise, app.EnterpriseId, null, null, "湖州市区",
                    Domain.Pay.BargainingSide.Union, "依法提出开展能级工资集体协商的书面要约。", new DateOnly(2026, 3, 2), 12,
                    Domain.Pay.PayEffectiveRule.NextPayMonth, new Domain.Pay.BargainingDeadlines());
                foreach (var side in new[] { Domain.Pay.BargainingSide.Union, Domain.Pay.BargainingSide.Employer })
                    for (var i = 0; i < 3; i++) agreement.AddRepresentative(side, $"代表{(int)side}{i}", null, i == 0);
                agreement.Reply(new DateOnly(2026, 3, 5));
                var round = agreement.HoldRound(new DateOnly(2026, 3, 10), "第一轮协商纪要。",
                    [(Domain.Pay.BargainingSide.Union, new Domain.Pay.PayGrid([new(basic, 3, 280_000, 20_000)], 0, 0), null)]);
                db.Add(agreement);
                await db.SaveChangesAsync();
                return (agreement.Id, round.Proposals.Single().Id);
            });
            (L, LPeriod, LUnit, I) = await app.WithDbAsync(async db =>
            {
                var campaign = new Domain.Labour.Campaign("地铁三号线劳动竞赛", Domain.Labour.CampaignKind.KeyProject, "地铁三号线", "市总工会",
                    new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Domain.Labour.PeriodCadence.Monthly, DateTime.UtcNow);
                campaign.PlanPeriods();
                var unit = campaign.AddUnit("一班组", Domain.Labour.UnitKind.Crew, app.EnterpriseId, W1);
                campaign.AddUnit("二班组", Domain.Labour.UnitKind.Crew, app.EnterpriseId, null);
                campaign.ReplaceScheme(new Domain.Labour.IndicatorSchemeDefinition([new("Q", "质量", Domain.Labour.IndicatorCategory.Quality, 100,
                    new Mark(10000), null, null, null, [new("Q1", "整改通知单", new Mark(-100), false, 99)])]), 1, 1, "organizer", DateTime.UtcNow);
                campaign.Start();
                var entry = new Domain.Labour.InnovationEntry(Domain.Labour.InnovationKind.RationalisationProposal, "改进钢筋下料流程",
                    "按构件编号集中下料，减少边角料浪费。", "每年节约钢材约 3 吨", W1, app.EnterpriseId, [], null, null, DateTime.UtcNow);
                db.AddRange(campaign, entry);
                await db.SaveChangesAsync();
                return (campaign.Id, campaign.Periods.OrderBy(p => p.Number).First().Id, unit.Id, entry.Id);
            });
            (W3, TP, MP, ST, QB, PR) = await app.WithDbAsync(async db =>
            {
                var w3 = new Worker("陈五", TestData.IdNumber(new DateOnly(1998, 6, 6), 5), app.EnterpriseId, app.OccupationId, new DateOnly(2020, 7, 1), true);
                db.Add(w3);
                await db.SaveChangesAsync();
                var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
                var programme = new Domain.Training.TrainingProgramme("数控车工高级工培训班", app.OccupationId, null, "市高技能人才公共实训基地", 40,
                    "理论考试与实操考核", 30, today.AddDays(30), today.AddDays(40), 300_000, 200_000, true);
                var pair = new Domain.Training.MentoringPair(W1, 5, w3.Id, 3, app.EnterpriseId, "一年内掌握数控车床编程与加工，达到高级工水平。",
                    today, today.AddMonths(12), [("掌握编程", today.AddMonths(6))]);
                var studio = new Domain.Training.InnovationStudio("陈一技能大师工作室", Domain.Training.StudioKind.SkillMaster, app.EnterpriseId, W1, today.AddYears(-1));
                var bank = new Domain.Training.QuestionBank("车工题库", app.OccupationId, DateTime.UtcNow);
                bank.Add([
                    new(Domain.Training.QuestionKind.SingleChoice, "车削外圆时主轴转速依据什么确定？", ["切削速度和工件直径", "进给量"], "A", 1),
                    new(Domain.Training.QuestionKind.MultipleChoice, "切削用量三要素包括：", ["切削速度", "进给量", "背吃刀量", "刀具材料"], "ABC", 2),
                    new(Domain.Training.QuestionKind.TrueFalse, "车床开动时可以测量工件尺寸。", [], "F", 1),
                ]);
                db.AddRange(programme, pair, studio, bank);
                await db.SaveChangesAsync();
                var round = new Domain.Training.PracticeRound(bank.Id, "车工网上练兵第一轮", DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(7), 20, 3, 3, 2026);
                db.Add(round);
                await db.SaveChangesAsync();
                return (w3.Id, programme.Id, pair.Id, studio.Id, bank.Id, round.Id);
            });
        }

        public async Task DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
    }
}
