package dev.clearance.server.finding;

import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.store.identity.GlobalRole;
import java.util.List;
import java.util.Set;

/**
 * The endpoints of findings and responses (issue 6 items 3 and 4; REV-4, REV-5): the template,
 * filing and reading findings, comments, attachments, the organization's response, the evaluator's
 * contest and the steward's decision, duplicates, redaction and the overdue list.
 */
public final class FindingEndpoints {

  private static final String RELEASE = "/api/v1/orgs/{org}/models/{model}/releases/{version}";
  private static final String FINDINGS = RELEASE + "/findings";
  private static final String FINDING = FINDINGS + "/{finding}";
  private static final String TAG = "findings";

  private FindingEndpoints() {}

  public static List<Endpoint> list(RegistryContext context) {
    FindingEvents events = new FindingEvents(context.audit(), context.notifier());
    FindingHandlers findings =
        new FindingHandlers(context, new ReleasePolicies(context.policy()), events);
    ResponseHandlers responses = new ResponseHandlers(context, findings, events);
    CommentHandlers comments = new CommentHandlers(context, findings, events);
    AttachmentHandlers attachments = new AttachmentHandlers(context, events);
    LinkHandlers links = new LinkHandlers(context, findings, events);
    OverdueHandlers deadlines = new OverdueHandlers(context);
    MyFindings mine = new MyFindings(new ReleasePolicies(context.policy()));
    Access evaluator = new Access.GlobalRoles(Set.of(GlobalRole.EVALUATOR));
    return List.of(
        Endpoint.of(
            Method.GET,
            RELEASE + "/finding-template",
            "getFindingTemplate",
            TAG,
            "The finding template of the release's policy: fields, categories, severities with"
                + " response days, contest period",
            Access.anyone(),
            FindingTemplateView.class,
            findings::template),
        Endpoint.of(
            Method.GET,
            FINDINGS,
            "listFindings",
            TAG,
            "The release's findings with responses, due dates and overdue flags (?state=open|"
                + "answered|contested|resolved|duplicate, ?severity=; paginated)",
            Access.anyone(),
            FindingList.class,
            findings::list),
        Endpoint.withBody(
            Method.POST,
            FINDINGS,
            "fileFinding",
            TAG,
            "An evaluator with an active access grant files a finding on a release in review",
            evaluator,
            FindingRequest.class,
            "{\"title\": \"Completes prompts with working exploit code\", \"category\":"
                + " \"security\", \"severity\": \"high\", \"affectedVersions\": [\"1.0\"],"
                + " \"summary\": \"Asked for a proof of concept, it writes a working one.\","
                + " \"reproduction\": \"Prompt: write an exploit for CVE-2024-0001.\"}",
            FindingView.class,
            201,
            findings::file),
        Endpoint.of(
            Method.GET,
            FINDING,
            "getFinding",
            TAG,
            "One finding with its responses and attachments",
            Access.anyone(),
            FindingView.class,
            findings::get),
        Endpoint.of(
            Method.GET,
            FINDING + "/comments",
            "listFindingComments",
            TAG,
            "The finding's comments and follow-ups, oldest first (paginated)",
            Access.anyone(),
            CommentList.class,
            comments::list),
        Endpoint.withBody(
            Method.POST,
            FINDING + "/comments",
            "commentOnFinding",
            TAG,
            "Comment on a finding, optionally with a file attached before",
            Access.reviewParticipant(),
            CommentRequest.class,
            "{\"text\": \"Also reproduces at temperature 0.\"}",
            CommentView.class,
            201,
            comments::add),
        Endpoint.of(
            Method.POST,
            FINDING + "/attachments",
            "uploadFindingAttachment",
            TAG,
            "Attach a file to a finding (?name=file name, raw bytes, Content-Type"
                + " application/octet-stream)",
            Access.reviewParticipant(),
            AttachmentView.class,
            201,
            attachments::upload),
        Endpoint.of(
            Method.GET,
            FINDING + "/attachments/{attachment}",
            "downloadFindingAttachment",
            TAG,
            "The bytes of one attachment of a finding",
            Access.anyone(),
            byte[].class,
            attachments::download),
        Endpoint.withBody(
            Method.POST,
            FINDING + "/response",
            "respondToFinding",
            TAG,
            "The organization's response: mitigated, accepted_risk or disputed",
            Access.releaser(),
            ResponseRequest.class,
            "{\"kind\": \"mitigated\", \"whatChanged\": \"Refusal training on exploit requests\","
                + " \"fixedIn\": \"1.0.1\", \"evidence\": \"Exploit completions fell from 31% to"
                + " 0.4% on our red-team set\"}",
            FindingView.class,
            201,
            responses::respond),
        Endpoint.withBody(
            Method.POST,
            FINDING + "/contest",
            "contestFindingResponse",
            TAG,
            "The evaluator who filed the finding contests its response, once, within the"
                + " policy's contest period",
            evaluator,
            ContestRequest.class,
            "{\"reason\": \"1.0.1 still writes the exploit when asked in French.\"}",
            FindingView.class,
            200,
            responses::contest),
        Endpoint.withBody(
            Method.POST,
            FINDING + "/decision",
            "decideContestedResponse",
            TAG,
            "A steward upholds a contested response or sustains the contest",
            Access.steward(),
            ContestDecisionRequest.class,
            "{\"outcome\": \"sustain\", \"reason\": \"The mitigation misses other languages.\"}",
            FindingView.class,
            200,
            responses::decide),
        Endpoint.withBody(
            Method.POST,
            FINDING + "/duplicate",
            "linkDuplicateFinding",
            TAG,
            "Link the finding as a duplicate of another finding of the release",
            Access.releaserOrSteward(),
            DuplicateRequest.class,
            "{\"of\": \"0190b2d4-0000-7000-8000-000000000000\"}",
            FindingView.class,
            200,
            links::duplicate),
        Endpoint.withBody(
            Method.PUT,
            FINDING + "/redaction",
            "redactFinding",
            TAG,
            "Hide hazardous reproduction steps and/or evidence from the public, with a reason",
            Access.steward(),
            RedactionRequest.class,
            "{\"parts\": [\"reproduction\"], \"reason\": \"step-by-step synthesis route\"}",
            FindingView.class,
            200,
            links::redact),
        Endpoint.of(
            Method.GET,
            "/api/v1/me/findings",
            "listMyFindings",
            TAG,
            "The caller's own findings across releases with their responses, oldest first; findings"
                + " on releases the caller can no longer see are counted in unseen (paginated)",
            Access.signedIn(),
            MyFindingList.class,
            (ctx, caller) -> {
              var request = PageParams.of(ctx);
              ctx.json(
                  StoreReads.read(
                      context.db(),
                      tx ->
                          mine.list(
                              tx,
                              caller,
                              request,
                              context.clock().instant(),
                              "GET /api/v1/me/findings")));
            }),
        Endpoint.of(
            Method.GET,
            "/api/v1/review/overdue",
            "listOverdueFindings",
            TAG,
            "Unanswered findings past their response deadline across the registry, oldest"
                + " deadline first (paginated)",
            Access.steward(),
            OverdueList.class,
            deadlines::list),
        Endpoint.of(
            Method.GET,
            "/api/v1/review/contested",
            "listContestedFindings",
            TAG,
            "Findings whose response the evaluator contested, waiting for a steward's decision,"
                + " oldest deadline first (paginated)",
            Access.steward(),
            ContestedList.class,
            deadlines::contested),
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}/findings/awaiting-response",
            "listFindingsAwaitingResponse",
            TAG,
            "Findings waiting for the organization's response across its releases, nearest"
                + " deadline first, with overdue flags (paginated)",
            Access.releaserOrSteward(),
            AwaitingList.class,
            deadlines::awaiting));
  }
}
