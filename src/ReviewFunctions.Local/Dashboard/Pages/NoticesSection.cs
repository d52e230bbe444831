using ReviewFunctions.Infrastructure.Reviews;
using ReviewFunctions.Local.Dashboard.Formatting;
using ReviewFunctions.Local.Dashboard.Html;
using ReviewFunctions.Local.Dashboard.Letters;

namespace ReviewFunctions.Local.Dashboard.Pages;

/// <summary>The notices the review issued, who they went to and whether they went, with the kept copy of each letter.</summary>
public static class NoticesSection
{
    public static void Write(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h2 id="notices">Notices and letters</h2>""");
        if (model.Review.Notices.Count == 0)
        {
            html.Add($"<p>No notices have been issued yet.</p>\n");
        }
        else
        {
            TableFrame.Open(html, "notices-table", "Notices issued", "table--small table--fixed", captionVisible: false);
            html.Add($"""
                <thead><tr><th scope="col" class="w-30">Notice</th><th scope="col" class="w-20">To</th><th scope="col" class="w-15">Issued</th><th scope="col" class="w-20">Status</th><th scope="col" class="w-15">Letter as sent</th></tr></thead>
                <tbody>

                """);
            foreach (var notice in model.Review.Notices)
            {
                Row(html, model, notice);
            }

            TableFrame.Close(html);
        }

        Kept(html, model);
    }

    private static void Row(HtmlBuilder html, ReviewPageModel model, NoticeView notice)
    {
        var step = model.Review.Steps.FirstOrDefault(s => s.Id == notice.Step)?.Title ?? Words.Sentence(notice.Step);
        html.Add($"""
            <tr>
            <th scope="row">{Words.Sentence(notice.Notice)}<br><span class="secondary-text">For: {step}</span></th>
            <td>{Recipients(model, notice)}</td>
            <td>{UkDates.Recorded(notice.IssuedAt)}</td>
            <td>{Status(notice)}</td>
            <td>{Letters(model, notice)}</td>
            </tr>

            """);
    }

    private static HtmlFragment Recipients(ReviewPageModel model, NoticeView notice) => HtmlFragment.Of(html =>
    {
        html.Add($"""<ul class="plain-list">""");
        foreach (var recipient in notice.To)
        {
            html.Add($"<li>{Words.Recipient(model.Catalogue, recipient)}</li>");
        }

        html.Add($"</ul>");
    });

    private static HtmlFragment Status(NoticeView notice) => HtmlFragment.Of(html =>
    {
        switch (notice.Status)
        {
            case "sent":
                html.Add($"""<strong class="tag tag--green">Sent</strong><br>{UkDates.Recorded(notice.SentAt!)}""");
                break;
            case "blocked":
                html.Add($"""<strong class="tag tag--red">Blocked</strong><br><span class="overdue-text">Not sent: {notice.BlockedReason}</span>""");
                break;
            case "undelivered":
                html.Add($"""<strong class="tag tag--red">Not delivered to everyone</strong><br><span class="overdue-text">Sent to everyone else. Not reached:</span><ul>""");
                foreach (var unreached in notice.Unreached ?? [])
                {
                    html.Add($"<li>{unreached}</li>");
                }

                html.Add($"""</ul><span class="secondary-text">Add the address to the Board's directory, or the person to the review, and it goes to them.</span>""");
                break;
            default:
                html.Add($"""<strong class="tag tag--grey">Sending</strong><br><span class="secondary-text">Not yet confirmed sent</span>""");
                break;
        }
    });

    private static HtmlFragment Letters(ReviewPageModel model, NoticeView notice) => HtmlFragment.Of(html =>
    {
        var letters = KeptLetters.For(notice, model.Letters);
        if (letters.Count == 0)
        {
            html.Add($"""<span class="secondary-text">No copy kept</span>""");
            return;
        }

        foreach (var letter in letters)
        {
            html.Add($"""<a href="{DashboardPaths.Letter(model.Review.Reference, letter.Path.Name)}">Open the letter<span class="visually-hidden"> {letter.Path.Name}</span></a><br>""");
        }
    });

    private static void Kept(HtmlBuilder html, ReviewPageModel model)
    {
        html.Add($"""<h3 id="letters">Copies of letters kept</h3>""");
        if (model.Letters.Count == 0)
        {
            html.Add($"<p>No copies of letters have been kept for this review yet.</p>\n");
            return;
        }

        html.Add($"""<ul class="plain-list">""");
        foreach (var letter in model.Letters)
        {
            html.Add($"""<li><a href="{DashboardPaths.Letter(model.Review.Reference, letter.Path.Name)}">{letter.Path.Name}</a></li>""");
        }

        html.Add($"</ul>\n");
    }
}
