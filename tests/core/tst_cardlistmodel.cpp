// CardListModel, SessionDocument and SessionAutosaver: the model passes
// QAbstractItemModelTester, edits report exactly what they changed, and
// autosave writes at once after a paste and shortly after typing.
#include "kit/briefloader.h"
#include "kit/kitloader.h"
#include "models/cardlistmodel.h"
#include "session/sessionautosaver.h"
#include "session/sessionfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace PromptDeck::Core;

class CardListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void model_passesTheModelTester();
    void model_showsEverythingACollapsedCardNeeds();
    void answer_reportsTheRowAndItsDependents();
    void answer_checksFollowOnTheNextPass();
    void brief_reportsOnlyCardsThatUseTheChangedField();
    void promptMeter_measuresOnTheNextPassOnlyWhatChanged();
    void view_isSavedButIsNotAnEdit();
    void autosave_writesAPasteOnTheNextPass();
    void autosave_typingDoesNotPostponeAPaste();
    void autosave_waitsForTypingToStop();
    void autosave_untitledGoesToTheDataFolder();
    void autosave_failure_isReportedAndKeepsTheEdit();

private:
    Session makeSession() const { return Session(m_kit, m_brief, QDateTime::currentDateTimeUtc()); }

    KitPtr m_kit;
    Brief m_brief;
    std::unique_ptr<SessionDocument> m_document;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void CardListModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_kit =
        KitLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/kits/blog-post.yaml")).value();
    m_brief = BriefLoader::loadFile(QStringLiteral(PROMPTDECK_TEST_DATA "/briefs/blog-brief.yaml"),
                                    *m_kit)
                  .value();
}

void CardListModelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_document = std::make_unique<SessionDocument>();
    m_document->reset(makeSession(), QString());
}

void CardListModelTest::model_passesTheModelTester()
{
    CardListModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_document->setAnswer(0, QStringLiteral("plan"), AnswerVersion::Origin::Pasted);
    m_document->setAnswer(1, QStringLiteral("draft"), AnswerVersion::Origin::Pasted);
    m_document->reset(makeSession(), QString());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void CardListModelTest::model_showsEverythingACollapsedCardNeeds()
{
    CardListModel model(m_document.get());
    const QModelIndex draft = model.index(1);
    QCOMPARE(draft.data(Qt::DisplayRole).toString(), QStringLiteral("2. Draft"));
    QCOMPARE(draft.data(CardRoles::Id).toString(), QStringLiteral("draft"));
    QCOMPARE(draft.data(CardRoles::Number).toInt(), 2);
    QCOMPARE(draft.data(CardRoles::Summary).toString(), QStringLiteral("The post itself."));
    QCOMPARE(draft.data(CardRoles::PhaseName).toString(), QStringLiteral("Draft"));
    QVERIFY(draft.data(CardRoles::FirstInPhase).toBool());
    QCOMPARE(CardState(draft.data(CardRoles::State).toInt()), CardState::Waiting);
    QCOMPARE(draft.data(CardRoles::StateLabel).toString(), QStringLiteral("waiting"));
    QCOMPARE(draft.data(CardRoles::Missing).toStringList(), QStringList{QStringLiteral("Plan")});
    QCOMPARE(draft.data(CardRoles::Uses).toStringList(), QStringList{QStringLiteral("Plan")});
    QVERIFY(!draft.data(CardRoles::HasAnswer).toBool());
    QVERIFY(model.roleNames().value(CardRoles::State) == "state");

    m_document->setAnswer(1, QStringLiteral("Two words"), AnswerVersion::Origin::Pasted);
    QCOMPARE(draft.data(CardRoles::AnswerWords).toLongLong(), 2);
    QCOMPARE(draft.data(CardRoles::AnswerCharacters).toLongLong(), 9);
}

void CardListModelTest::answer_reportsTheRowAndItsDependents()
{
    CardListModel model(m_document.get());
    QSignalSpy answerSpy(m_document.get(), &SessionDocument::answerChanged);
    QSignalSpy promptSpy(m_document.get(), &SessionDocument::promptChanged);
    QSignalSpy statusSpy(m_document.get(), &SessionDocument::statusChanged);
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(m_document->setAnswer(0, QStringLiteral("plan"), AnswerVersion::Origin::Pasted));
    QCOMPARE(answerSpy.size(), 1);
    QCOMPARE(answerSpy.first().first().toInt(), 0);
    QCOMPARE(promptSpy.size(), 1);
    QCOMPARE(promptSpy.first().first().toInt(), 1); // the draft reads the plan
    QCOMPARE(statusSpy.size(), 2);                  // plan answered, draft ready
    QCOMPARE(statusSpy.at(0).first().toInt(), 0);
    QCOMPARE(statusSpy.at(1).first().toInt(), 1);
    for (const QList<QVariant> &args : std::as_const(dataSpy)) {
        const auto top = args.at(0).value<QModelIndex>();
        QCOMPARE(top, args.at(1).value<QModelIndex>());
        QVERIFY(top.row() == 0 || top.row() == 1);
    }
    QVERIFY(m_document->isModified());
    QVERIFY(!m_document->setAnswer(0, QStringLiteral("plan"), AnswerVersion::Origin::Pasted));
}

void CardListModelTest::answer_checksFollowOnTheNextPass()
{
    CardListModel model(m_document.get());
    const int draft = m_document->kit().cardIndex(QStringLiteral("draft"));
    QVERIFY(draft >= 0);
    const QModelIndex index = model.index(draft);
    QVERIFY(
        m_document->setAnswer(draft, QStringLiteral("Too short."), AnswerVersion::Origin::Pasted));
    QCoreApplication::processEvents();
    const QString shortSummary = index.data(CardRoles::CheckSummary).toString();
    QVERIFY2(!shortSummary.isEmpty(), "the draft has a word-count check");

    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    const QString longer = QString(QStringLiteral("word ")).repeated(150);
    QVERIFY(m_document->setAnswer(draft, longer, AnswerVersion::Origin::Pasted));
    // Within the edit the row reports its answer at once and the checks it had.
    QCOMPARE(index.data(CardRoles::AnswerWords).toLongLong(), 150);
    QCOMPARE(index.data(CardRoles::CheckSummary).toString(), shortSummary);
    for (const QList<QVariant> &args : std::as_const(dataSpy))
        QVERIFY(!args.at(2).value<QList<int>>().contains(CardRoles::CheckSummary));
    // On the next pass of the event loop, the new answer's checks.
    QCoreApplication::processEvents();
    QVERIFY(std::any_of(dataSpy.cbegin(), dataSpy.cend(), [](const QList<QVariant> &args) {
        return args.at(2).value<QList<int>>().contains(CardRoles::CheckSummary);
    }));
    const QList<CheckResult> expected = m_document->session().checkResults(draft);
    QCOMPARE(index.data(CardRoles::CheckLevel).toInt(), int(expected.first().level));
    QVERIFY(index.data(CardRoles::CheckSummary).toString() != shortSummary);
}

void CardListModelTest::brief_reportsOnlyCardsThatUseTheChangedField()
{
    QSignalSpy promptSpy(m_document.get(), &SessionDocument::promptChanged);
    Brief brief = m_brief;
    brief.setValue(QStringLiteral("length"), FieldValue::number(800));
    QVERIFY(m_document->setBrief(brief));
    QCOMPARE(promptSpy.size(), 1);
    QCOMPARE(promptSpy.first().first().toInt(), 1);
}

void CardListModelTest::promptMeter_measuresOnTheNextPassOnlyWhatChanged()
{
    CardListModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy measured(&model, &CardListModel::promptsMeasured);
    // Nothing is rendered to build or paint the views: the sizes follow.
    QVERIFY(!model.index(1).data(CardRoles::PromptTokens).isValid());
    QVERIFY(measured.wait(1000));
    const Session &session = m_document->session();
    for (int row = 0; row < model.rowCount(); ++row) {
        const PromptMeasure expected = PromptMeasure::ofCard(session, row);
        QCOMPARE(model.index(row).data(CardRoles::PromptWords).toLongLong(), expected.words);
        QCOMPARE(model.index(row).data(CardRoles::PromptTokens).toLongLong(), expected.tokens);
        QVERIFY(!model.index(row).data(CardRoles::PromptNewChat).toBool());
    }
    const ChainMeasure before = model.chainMeasure();
    QCOMPARE(before.tokens, ChainMeasure::ofSession(session).tokens);

    // A long plan: only the draft, which reads it, is measured again.
    QSignalSpy dataSpy(&model, &QAbstractItemModel::dataChanged);
    const QString plan = QStringLiteral("plan ").repeated(6000);
    QVERIFY(m_document->setAnswer(0, plan, AnswerVersion::Origin::Pasted));
    QVERIFY(model.index(0).data(CardRoles::PromptTokens).isValid());
    QVERIFY(!model.index(1).data(CardRoles::PromptTokens).isValid());
    QVERIFY(model.index(2).data(CardRoles::PromptTokens).isValid());
    QVERIFY(measured.wait(1000));
    QStringList measuredRows;
    for (const QList<QVariant> &args : std::as_const(dataSpy)) {
        if (args.at(2).value<QList<int>>().contains(CardRoles::PromptTokens))
            measuredRows.append(QString::number(args.at(0).value<QModelIndex>().row()));
    }
    QCOMPARE(measuredRows, QStringList{QStringLiteral("1")});
    QVERIFY(model.index(1).data(CardRoles::PromptNewChat).toBool());
    const ChainMeasure after = model.chainMeasure();
    QCOMPARE(after.newChatCards, 1);
    QCOMPARE(after.tokens, ChainMeasure::ofSession(session).tokens);
    QVERIFY(after.tokens > before.tokens + 7000);

    // A new session measures every card again.
    m_document->reset(makeSession(), QString());
    QVERIFY(!model.index(0).data(CardRoles::PromptTokens).isValid());
    QVERIFY(measured.wait(1000));
    QCOMPARE(model.chainMeasure().tokens, before.tokens);
}

void CardListModelTest::view_isSavedButIsNotAnEdit()
{
    QSignalSpy edited(m_document.get(), &SessionDocument::edited);
    m_document->setView({QStringLiteral("draft"), {QStringLiteral("draft")}, 120});
    QVERIFY(!m_document->isModified());
    QVERIFY(m_document->isViewModified());
    QCOMPARE(edited.size(), 0);
    const QString file = m_dir->filePath(QStringLiteral("v.promptdeck"));
    QVERIFY(m_document->saveAs(file).ok());
    QVERIFY(!m_document->isViewModified());
    QCOMPARE(SessionFile::load(file).value().view.scroll, 120);
}

void CardListModelTest::autosave_writesAPasteOnTheNextPass()
{
    const QString file = m_dir->filePath(QStringLiteral("a.promptdeck"));
    QVERIFY(m_document->saveAs(file).ok());
    SessionAutosaver autosaver(m_document.get());
    autosaver.setDelay(60000); // a paste must not wait for it
    QSignalSpy saved(&autosaver, &SessionAutosaver::saved);
    m_document->setAnswer(0, QStringLiteral("pasted plan"), AnswerVersion::Origin::Pasted);
    // Not inside the paste (the window repaints first), but on the next
    // pass of the event loop.
    QCOMPARE(saved.size(), 0);
    QVERIFY(autosaver.isPending());
    QCoreApplication::processEvents();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(SessionFile::load(file).value().answerText(0), QStringLiteral("pasted plan"));
    QVERIFY(!m_document->isModified());
}

void CardListModelTest::autosave_typingDoesNotPostponeAPaste()
{
    const QString file = m_dir->filePath(QStringLiteral("p.promptdeck"));
    QVERIFY(m_document->saveAs(file).ok());
    SessionAutosaver autosaver(m_document.get());
    autosaver.setDelay(60000);
    QSignalSpy saved(&autosaver, &SessionAutosaver::saved);
    m_document->setAnswer(0, QStringLiteral("pasted plan"), AnswerVersion::Origin::Pasted);
    m_document->setAnswer(1, QStringLiteral("typed at once"), AnswerVersion::Origin::Typed);
    QCoreApplication::processEvents();
    QCOMPARE(saved.size(), 1);
    const Session onDisk = SessionFile::load(file).value();
    QCOMPARE(onDisk.answerText(0), QStringLiteral("pasted plan"));
    QCOMPARE(onDisk.answerText(1), QStringLiteral("typed at once"));
    // Typing after the save waits for its pause again.
    m_document->setAnswer(1, QStringLiteral("typed later"), AnswerVersion::Origin::Typed);
    QCoreApplication::processEvents();
    QCOMPARE(saved.size(), 1);
    QVERIFY(autosaver.isPending());
}

void CardListModelTest::autosave_waitsForTypingToStop()
{
    const QString file = m_dir->filePath(QStringLiteral("t.promptdeck"));
    QVERIFY(m_document->saveAs(file).ok());
    SessionAutosaver autosaver(m_document.get());
    autosaver.setDelay(100);
    QSignalSpy saved(&autosaver, &SessionAutosaver::saved);
    m_document->setAnswer(0, QStringLiteral("t"), AnswerVersion::Origin::Typed);
    m_document->setAnswer(0, QStringLiteral("ty"), AnswerVersion::Origin::Typed);
    m_document->setAnswer(0, QStringLiteral("typ"), AnswerVersion::Origin::Typed);
    QCOMPARE(saved.size(), 0);
    QVERIFY(autosaver.isPending());
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(SessionFile::load(file).value().answerText(0), QStringLiteral("typ"));
}

void CardListModelTest::autosave_untitledGoesToTheDataFolder()
{
    SessionAutosaver autosaver(m_document.get());
    QSignalSpy saved(&autosaver, &SessionAutosaver::saved);
    m_document->setAnswer(0, QStringLiteral("untitled plan"), AnswerVersion::Origin::Pasted);
    QTRY_COMPARE(saved.size(), 1);
    const QString path = autosaver.untitledPath();
    QVERIFY(SessionAutosaver::isUntitledPath(path));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(SessionFile::load(path).value().answerText(0), QStringLiteral("untitled plan"));
    // Still untitled, still counted as not saved by the user.
    QVERIFY(m_document->filePath().isEmpty());
    QVERIFY(m_document->isModified());
    QVERIFY(autosaver.untitledIsSaved());
    QFile::remove(path);
}

void CardListModelTest::autosave_failure_isReportedAndKeepsTheEdit()
{
    m_document->reset(makeSession(), QStringLiteral("/proc/self/no-such-dir/x.promptdeck"));
    SessionAutosaver autosaver(m_document.get());
    QSignalSpy failed(&autosaver, &SessionAutosaver::saveFailed);
    m_document->setAnswer(0, QStringLiteral("precious"), AnswerVersion::Origin::Pasted);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("could not save")));
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->session().answerText(0), QStringLiteral("precious"));
}

QTEST_GUILESS_MAIN(CardListModelTest)
#include "tst_cardlistmodel.moc"
