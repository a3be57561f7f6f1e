using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace SkillsLadder.Web.Infrastructure;

public static class PageErrors
{
    /// <summary>
    /// Sends a request from a page. User errors (400/409) land in ModelState under the bound property's prefix,
    /// so each message shows beside its input; anything else propagates to the error page.
    /// </summary>
    public static async Task<(bool Ok, T? Result)> TrySendAsync<T>(this PageModel page, IMediator mediator, IRequest<T> request, string prefix = "Command")
    {
        try
        {
            return (true, await mediator.Send(request, page.HttpContext.RequestAborted));
        }
        catch (Exception ex) when (ErrorMapping.IsUserError(ErrorMapping.Describe(ex)))
        {
            var error = ErrorMapping.Describe(ex);
            // Messages are Chinese keys; the reader's language table translates the fixed ones.
            var text = page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            if (error.FieldErrors is null) page.ModelState.AddModelError(string.Empty, text.Translate(error.Detail ?? error.Title));
            else
                foreach (var (field, messages) in error.FieldErrors)
                foreach (var message in messages)
                    page.ModelState.AddModelError($"{prefix}.{field}", text.Translate(message));
            return (false, default);
        }
    }

    /// <summary>
    /// The post-redirect-get of every form: on success a flash message and a redirect; on binding or user errors
    /// the same page again, with what the form needs reloaded and the messages in place.
    /// </summary>
    public static async Task<IActionResult> SubmitAsync<T>(this PageModel page, IMediator mediator, IRequest<T> request,
        Func<T, (string Flash, IActionResult Next)> onSuccess, Func<Task> reload, string prefix = "Command")
    {
        if (page.ModelState.IsValid)
        {
            var (ok, result) = await page.TrySendAsync(mediator, request, prefix);
            if (ok)
            {
                var (flash, next) = onSuccess(result!);
                page.TempData["Flash"] = flash;
                return next;
            }
        }
        await reload();
        return page.Page();
    }
}
