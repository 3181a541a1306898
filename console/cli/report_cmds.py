"""The post-crisis review of an incident, as a PDF for the review meeting or a self-contained HTML
file to pass around."""

from pathlib import Path

from console.cli.playbook_cmds import with_store
from console.cli.validate import row_id
from console.files import document_kind, write_user_file
from console.playbook.language import LANGS
from console.timeutil import now_iso


def register(sub) -> None:
    p = sub.add_parser("report", help="write the post-crisis review of an incident to a PDF or a self-contained "
                                      "HTML file")
    p.add_argument("incident", type=row_id, metavar="INCIDENT_ID")
    p.add_argument("file", metavar="FILE.pdf|FILE.html")
    p.add_argument("--lang", choices=LANGS, help="default: the workspace's language, else the system's, else en")
    p.set_defaults(handler=cmd_report)


@with_store()
def cmd_report(ctx, store) -> int:
    from console.reports.review import Review
    from console.reports.review_figures import gather

    path = Path(ctx.args.file)
    kind = document_kind(path, "review")
    pb = store.playbook(ctx.args.lang)
    review = Review(gather(ctx.db, ctx.args.incident, store), pb, now_iso())
    html = review.html()
    if kind == "pdf":
        from console.ui.printing import html_to_pdf  # Qt is only loaded for the PDF

        data = html_to_pdf(html, pb.lang, review.footer(), pb.words["page"], review.title())
    else:
        data = html.encode("utf-8")
    write_user_file(path, data)
    print(f"post-crisis review of incident {review.inc['id']} ({pb.language}) written to {path}")
    return 0
