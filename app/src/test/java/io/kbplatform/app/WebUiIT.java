package io.kbplatform.app;

import io.kbplatform.app.testsupport.Browser;
import io.kbplatform.app.testsupport.BrowserScreenshots;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import io.kbplatform.app.testsupport.TestTags;
import io.kbplatform.app.ui.AdminScenarios;
import io.kbplatform.app.ui.AuthoringScenarios;
import io.kbplatform.app.ui.ReaderScenarios;
import io.kbplatform.app.ui.ReadingScenarios;
import io.kbplatform.app.ui.SearchScenarios;
import io.kbplatform.app.ui.SignInScenarios;
import io.kbplatform.app.ui.WorkScenarios;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web UI in a real headless Chromium against the real application (one Payara boot for every
 * browser scenario). Each test is one thing a person does in the browser; the scenarios live in
 * {@code io.kbplatform.app.ui}. A failure leaves a screenshot, the page and its console in {@code
 * target/browser-failures/}.
 */
// The browser over the API that the HTTP tests already check on each database; slow.
@Tag(TestTags.NO_OWN_SQL)
@ExtendWith(BrowserScreenshots.class)
@KbServerTest
class WebUiIT {

  @ServerUrl URL url;

  private URI base;
  private Browser browser;

  @BeforeEach
  void setUp() throws URISyntaxException {
    TestNode.ready();
    base = url.toURI().resolve("/");
    browser = Browser.shared(base);
    browser.clearSession();
    browser.console().clear();
  }

  // ---- signing in, language, layout -------------------------------------------------------

  @Test
  void signInWithAWrongPasswordThenTheRightOneAndSignOut() {
    new SignInScenarios(browser, base).wrongPasswordThenSignInAndOut();
  }

  @Test
  void aUserChangesTheirOwnPasswordFromTheTopBar() {
    new SignInScenarios(browser, base).changesOwnPassword();
  }

  @Test
  void theInterfaceSwitchesBetweenChineseAndEnglish() {
    new SignInScenarios(browser, base).switchesLanguage();
  }

  @Test
  void theFrameFitsATablet() {
    new SignInScenarios(browser, base).fitsATablet();
  }

  @Test
  void aPublisherMakesAnArticleRequiredReadingAndSeesWhoConfirmed() {
    new ReadingScenarios(browser, base).publisherMakesAnArticleMandatoryAndSeesWhoConfirmed();
  }

  // ---- agent search and reader (search helper: add your @Test methods below this line) ------

  @Test
  void searchAsYouTypeAndOpenByKeyboard() {
    new SearchScenarios(browser, base).searchAsYouTypeAndOpenByKeyboard();
  }

  @Test
  void feedbackFromTheSearchPane() {
    new SearchScenarios(browser, base).feedbackFromThePane();
  }

  @Test
  void aRestrictedArticleNeverAppearsToOthers() {
    new SearchScenarios(browser, base).restrictedArticleNeverAppears();
  }

  @Test
  void anEmptySearchOffersDidYouMeanAndARequest() {
    new SearchScenarios(browser, base).emptySearchOffersDidYouMeanAndRequest();
  }

  @Test
  void thePassageThatAnswersIsMarkedInTheListThePaneAndTheArticlePage() {
    new SearchScenarios(browser, base).thePassageIsMarkedInTheListThePaneAndTheArticlePage();
  }

  @Test
  void anArticleWithScriptRendersInert() {
    new ReaderScenarios(browser, base).scriptInArticleRendersInert();
  }

  @Test
  void readerShowsAttachmentsAndTakesAnAcknowledgement() {
    new ReaderScenarios(browser, base).attachmentsAndAcknowledgement();
  }

  // ---- end of agent search and reader ----------------------------------------------------

  // ---- authoring and review (editor helper: add your @Test methods below this line) --------

  @Test
  void anAuthorWritesFromATemplateAPublisherApprovesAndAnAgentFindsIt() {
    new AuthoringScenarios(browser, base).authorWritesFromATemplatePublisherApprovesAgentFindsIt();
  }

  @Test
  void twoEditorsSaveTheSameArticleAndNoWorkIsLost() {
    new AuthoringScenarios(browser, base).twoEditorsSaveTheSameArticleAndNoWorkIsLost();
  }

  @Test
  void anAttachmentUploadShowsProgressAndTheAttachmentAppears() {
    new AuthoringScenarios(browser, base).attachmentUploadShowsProgressAndTheAttachmentAppears();
  }

  @Test
  void aRejectionWithACommentReturnsTheArticleToItsAuthor() {
    new AuthoringScenarios(browser, base).rejectionWithACommentReturnsTheArticleToItsAuthor();
  }

  @Test
  void theEditorsThreeWayMergeCombinesEverythingThatDoesNotOverlap() {
    new AuthoringScenarios(browser, base).threeWayMergeCombinesEverythingThatDoesNotOverlap();
  }

  // ---- end of authoring and review -------------------------------------------------------

  // ---- history and import (history helper: add your @Test methods below this line) ---------

  @Test
  void importAZipWithProgressPerFile() {
    new io.kbplatform.app.ui.ImportScenarios(browser, base).importZipWithProgress();
  }

  @Test
  void agentsAreToldImportIsNotForThem() {
    new io.kbplatform.app.ui.ImportScenarios(browser, base).agentsCannotImport();
  }

  @Test
  void historyComparesVersionsSideBySideAndRestores() {
    new io.kbplatform.app.ui.HistoryScenarios(browser, base).compareAndRestore();
  }

  @Test
  void historyComparisonIsInlineOnATablet() {
    new io.kbplatform.app.ui.HistoryScenarios(browser, base).tabletShowsTheComparisonInline();
  }

  @Test
  void readersAreToldTheHistoryIsForEditors() {
    new io.kbplatform.app.ui.HistoryScenarios(browser, base).readersAreToldTheHistoryIsForEditors();
  }

  // ---- end of history and import ---------------------------------------------------------

  // ---- my work (work helper: add your @Test methods below this line) -----------------------

  @Test
  void anOwnerVerifiesAnArticleDueForReviewFromMyWork() {
    new WorkScenarios(browser, base).ownerVerifiesAnArticleDueForReview();
  }

  @Test
  void anOwnerResolvesAnAgentsFeedbackFromTheInbox() {
    new WorkScenarios(browser, base).ownerResolvesFeedbackFromAnAgent();
  }

  @Test
  void anAuthorSeesDraftsAndWhatWasSentBack() {
    new WorkScenarios(browser, base).authorSeesDraftsAndReturnedOnes();
  }

  @Test
  void onlyPublishersSeeWhatAwaitsApproval() {
    new WorkScenarios(browser, base).publisherSeesWhatAwaitsApproval();
  }

  @Test
  void anAuthorHandlesArticleRequestsFromAgents() {
    new WorkScenarios(browser, base).authorHandlesArticleRequests();
  }

  // ---- end of my work --------------------------------------------------------------------

  // ---- administration (admin helper: add your @Test methods below this line) ---------------

  @Test
  void anAdministratorSetsUpANewAgentRebuildsTheIndexAndFindsItInTheAuditLog() {
    new AdminScenarios(browser, base).administratorSetsUpANewAgent();
  }

  @Test
  void administrationFitsATabletAndTurnsAwayOthers() {
    new AdminScenarios(browser, base).sectionsFitATabletAndOthersAreTurnedAway();
  }

  // ---- end of administration -------------------------------------------------------------
}
