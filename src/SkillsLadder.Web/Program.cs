using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Web.Api;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false); // no "Server: Kestrel" for scanners to match

RehearsalClock.AddTo(builder); // before the application's TryAdd of the system clock
RequestGuards.AddTo(builder);
builder.Services.AddSkillsLadderData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSkillsLadderApplication(builder.Configuration);
builder.Services.AddSkillsLadderAuth(builder.Configuration);
builder.Services.AddSkillsLadderCluster(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddSkillsLadderJobs(builder.Configuration, builder.Environment.ContentRootPath);

builder.Services.AddRazorPages(options =>
    {
        options.Conventions.AuthorizeFolder("/Admin", AuthSetup.AdminPolicy);
        options.Conventions.AuthorizeFolder("/Directory/Enterprises", AuthSetup.DirectoryPolicy);
        options.Conventions.AuthorizePage("/Directory/Enterprises/Create", AuthSetup.AdminPolicy);
        options.Conventions.AuthorizePage("/Directory/Enterprises/Edit", AuthSetup.DirectoryEditorPolicy);
        options.Conventions.AuthorizePage("/Directory/Workers/Index", AuthSetup.DirectoryPolicy);
        options.Conventions.AuthorizePage("/Directory/Workers/Create", AuthSetup.DirectoryEditorPolicy);
        options.Conventions.AuthorizePage("/Directory/Workers/Edit", AuthSetup.DirectoryEditorPolicy);
        options.Conventions.AuthorizeFolder("/Ladder/Policies", AuthSetup.DirectoryPolicy);
        options.Conventions.AuthorizePage("/Ladder/Policies/Create", AuthSetup.AdminPolicy);
        // Wage bargaining; the handlers decide each party's side and confine enterprise HR to its enterprise.
        options.Conventions.AuthorizeFolder("/Bargaining", AuthSetup.BargainingPolicy);
        // Labour competitions are run by organizers; their public board (standings and banners) is open to everyone.
        options.Conventions.AuthorizeFolder("/Campaigns", AuthSetup.OrganizerPolicy);
        options.Conventions.AllowAnonymousToPage("/Campaigns/Board");
        // Workers/Details is open to every signed-in user: its handler lets a worker see only their own record.
        options.Conventions.AllowAnonymousToPage("/Error");
        options.Conventions.AllowAnonymousToPage("/Culture");
        ReadReplica.AddConventions(options.Conventions);
    })
    // Our validators own the messages; MVC's implicit [Required] on non-nullable strings would only duplicate them.
    .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SkillsLadder.Web.SharedResource)));
// Razor would otherwise write every Chinese character as a numeric entity, tripling page size.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ErrorHandler>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddDbContextCheck<SkillsLadderDbContext>("database");
builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
builder.Services.Configure<RequestLocalizationOptions>(o =>
{
    CultureInfo[] cultures = [new("zh-CN"), new("en")];
    o.DefaultRequestCulture = new RequestCulture("zh-CN");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    // Chinese first: only the reader's explicit choice (the switch's cookie, or ?culture=) changes it, not Accept-Language.
    o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
});

var app = builder.Build();

await StartupTasks.RunAsync(app);

app.UseForwardedHeaders(); // the client's address behind the load balancer, before anything logs or limits by it
app.UseSecurityHeaders();
app.UseRequestLocalization(); // first, so that error pages and ProblemDetails speak the reader's language too
// API callers get ProblemDetails for bare error statuses (401, 403, 429); browsers get the friendly error page.
app.UseWhen(c => ErrorHandler.IsApi(c.Request), api => api.UseStatusCodePages());
app.UseWhen(c => !ErrorHandler.IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
app.UseExceptionHandler();
app.UseRequestGuards();
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseSessionGuard();
app.UseReadReplica();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health", HealthResponse.Options).AllowAnonymous();
app.MapRazorPages();
app.MapJobsDashboard();
app.MapDirectoryApi();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
