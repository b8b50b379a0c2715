#include "contentcatalogue.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

// The evergreen topics, then the office-life ones; the seasonal ones live
// in seasonaltopics.cpp. Texts are general education for a financial-services audience: no
// promises of returns, no product rates, nothing that dates quickly.

ContentTopic budgeting()
{
    return {
        u"budgeting"_s,
        u"Budgeting"_s,
        {},
        false,
        {u"A budget that fits on one page"_s,
         u"The 50/30/20 rule, explained simply"_s,
         u"Five small leaks that sink a budget"_s,
         u"Your {month} spending check-in"_s,
         u"Budgeting when your income changes month to month"_s,
         u"How {office} families are trimming grocery bills"_s,
         u"Subscriptions you forgot you were paying for"_s,
         u"A {season} reset for your household budget"_s,
         u"Cash envelopes, apps or spreadsheets?"_s,
         u"Why a budget is a plan, not a punishment"_s},
        {u"A budget doesn't have to be complicated to work."_s,
         u"Most of us know roughly what we earn, but far fewer know where it goes."_s,
         u"If payday always feels far away, your budget may need a tune-up."_s,
         u"The best budget is the one you'll actually keep using."_s,
         u"Ten minutes with your bank statement can change your whole month."_s,
         u"Small, steady changes beat a strict plan you abandon in March."_s},
        {u"List your fixed bills first, then decide what's left for everything else."_s,
         u"Track every purchase for two weeks to see your real spending pattern."_s,
         u"Set up automatic transfers on payday so saving happens before spending."_s,
         u"Give every category a limit and check it once a week, not once a month."_s,
         u"Review your subscriptions and cancel the ones you haven't used lately."_s,
         u"Plan for irregular costs like car repairs by setting a little aside each month."_s,
         u"Use separate accounts for bills and everyday spending to avoid surprises."_s,
         u"Leave a small 'fun money' line so the plan feels livable."_s},
        {u"Budgeting"_s, u"MoneyTips"_s, u"PersonalFinance"_s, u"FinancialWellness"_s},
        {},
        {{u"The three-receipt challenge"_s,
          u"A team member at {place} sorts three everyday receipts into needs, "
          u"wants and savings."_s,
          {u"Close-up: three receipts laid out on a desk."_s,
           u"Medium shot: team member introduces the challenge in one sentence."_s,
           u"Overhead: receipts slide into 'needs', 'wants' and 'save' piles."_s,
           u"Talking head: the one habit that makes the difference."_s}},
         {u"A budget in sixty seconds"_s,
          u"{team} builds a simple monthly budget on a whiteboard, start to finish."_s,
          {u"Wide shot: blank whiteboard with 'Monthly budget' at the top."_s,
           u"Time-lapse: income, bills and savings written in."_s,
           u"Close-up: circling the savings line."_s,
           u"Talking head: 'Start with what's fixed, then plan the rest.'"_s,
           u"Medium shot: team member caps the marker and smiles."_s}}},
    };
}

ContentTopic retirement()
{
    return {
        u"retirement"_s,
        u"Retirement planning"_s,
        {},
        false,
        {u"It's never too early (or too late) to plan for retirement"_s,
         u"Is your employer match free money you're leaving behind?"_s,
         u"Retirement checklist for your 40s"_s,
         u"What catch-up contributions mean for you"_s,
         u"Picturing your first year of retirement"_s,
         u"Three questions to ask before you retire"_s,
         u"Small contributions, big difference over time"_s,
         u"Rolling over an old workplace plan"_s,
         u"Retirement planning with the {office} team"_s},
        {u"Retirement can feel far away until suddenly it isn't."_s,
         u"The earlier you start, the more time your savings have to grow."_s,
         u"Not sure if you're on track for retirement? You're not alone."_s,
         u"Changing jobs is a good moment to look at your retirement savings."_s,
         u"A comfortable retirement usually starts with a plan on paper."_s},
        {u"Check whether your employer matches contributions and make sure "
         u"you're getting all of it."_s,
         u"Raise your contribution by one percent each year; you'll barely "
         u"notice the difference."_s,
         u"Keep track of old workplace accounts so nothing gets forgotten."_s,
         u"Estimate your monthly costs in retirement, including health care."_s,
         u"Review your beneficiaries every few years and after big life events."_s,
         u"Once you turn 50, you may be able to contribute more each year."_s,
         u"Think about when you'll claim Social Security; timing matters."_s,
         u"Balance saving for retirement with keeping an emergency fund."_s},
        {u"RetirementPlanning"_s, u"Retirement"_s, u"PlanAhead"_s, u"FinancialPlanning"_s},
        u"For general education only; talk with an advisor about your own situation."_s,
        {{u"Retirement myths, busted"_s,
          u"An advisor at {place} answers three common retirement myths in quick cuts."_s,
          {u"Title card: 'Myth or fact?'"_s,
           u"Talking head: myth one, answered in a sentence."_s,
           u"Talking head: myth two, with a simple hand-drawn chart."_s,
           u"Talking head: myth three and the takeaway."_s}},
         {u"One question for a retiree"_s,
          u"{team} asks a retired client (with permission) what they wish they had known at 40."_s,
          {u"Establishing shot: a client arrives at the office."_s,
           u"Two-shot: the question is asked."_s,
           u"Close-up: the client's answer."_s,
           u"B-roll: the client and advisor looking over a plan."_s}}},
    };
}

ContentTopic homeBuying()
{
    return {
        u"home_buying"_s,
        u"Home buying"_s,
        {},
        false,
        {u"First home? Start with these numbers"_s,
         u"How much house can you comfortably afford?"_s,
         u"Saving for a down payment, step by step"_s,
         u"The hidden costs of owning a home"_s,
         u"Pre-qualified or pre-approved: what's the difference?"_s,
         u"Buying a home in {office}: where to begin"_s,
         u"Renting vs. buying in {year}"_s,
         u"Closing costs without the surprises"_s,
         u"Your credit score and your mortgage"_s},
        {u"Buying a home is one of the biggest financial steps most of us take."_s,
         u"Dreaming of your own front door? A little planning goes a long way."_s,
         u"The price on the listing is only part of the cost of a home."_s,
         u"Before you start touring homes, it pays to know your numbers."_s,
         u"Homeownership is exciting, and it's easier with a plan."_s},
        {u"Aim for a total housing payment you could still manage in a tight month."_s,
         u"Budget for closing costs, moving, and the furniture the new place will need."_s,
         u"Property taxes, insurance and upkeep belong in your monthly estimate."_s,
         u"Check your credit report for errors well before you apply."_s,
         u"Keep your down payment savings separate so it's easy to track."_s,
         u"Ask about first-time buyer programs in your state."_s,
         u"Avoid opening new credit lines while you're shopping for a mortgage."_s,
         u"Plan on setting aside a little each year for repairs."_s},
        {u"HomeBuying"_s, u"FirstTimeHomeBuyer"_s, u"NewHome"_s, u"Homeownership"_s},
        {},
        {{u"What's really in a monthly payment"_s,
          u"{team} stacks blocks labelled principal, interest, taxes and insurance "
          u"to show a real payment."_s,
          {u"Close-up: a toy house on a desk."_s,
           u"Hands stack labelled blocks: principal, interest, taxes, insurance."_s,
           u"Talking head: why the listing price isn't the whole story."_s,
           u"Overhead: the full stack next to a calculator."_s}},
         {u"First-home checklist"_s,
          u"A team member at {place} ticks through a first-time buyer's checklist on camera."_s,
          {u"Close-up: a printed checklist and a pen."_s,
           u"Medium shot: 'Step one, know your budget.'"_s,
           u"Quick cuts: credit report, savings, pre-approval."_s,
           u"Talking head: the step people most often skip."_s,
           u"Close-up: final box ticked."_s}}},
    };
}

ContentTopic fraudAwareness()
{
    return {
        u"fraud_awareness"_s,
        u"Fraud awareness"_s,
        {},
        false,
        {u"Three signs a call is a scam"_s,
         u"Never share a one-time passcode: here's why"_s,
         u"Gift card requests are a red flag"_s,
         u"How to spot a fake text from your bank"_s,
         u"Protecting older relatives from scams"_s,
         u"What to do in the first hour after fraud"_s,
         u"Scams circulating in {month}"_s,
         u"Fraud prevention tips from the {office} team"_s,
         u"Strong passwords in plain English"_s,
         u"Romance scams: when love asks for money"_s},
        {u"Scammers are getting more convincing every year."_s,
         u"If something feels urgent and secret, slow down."_s,
         u"A real bank will never ask you for your full password or passcode."_s,
         u"Fraud can happen to anyone, and the first few minutes matter."_s,
         u"A quick check today can save a lot of stress later."_s,
         u"The best defence against fraud is a pause and a second opinion."_s},
        {u"Hang up and call back using the number on your card or statement."_s,
         u"Never share one-time passcodes, even with someone who says they're from your bank."_s,
         u"Turn on account alerts so you hear about unusual activity right away."_s,
         u"Be wary of anyone who asks to be paid in gift cards or cryptocurrency."_s,
         u"Use a different password for your financial accounts than anywhere else."_s,
         u"Check links before you tap them; look-alike web addresses are common."_s,
         u"Talk with older relatives about scams that target grandparents."_s,
         u"Shred old statements and mail with account numbers."_s},
        {u"FraudAwareness"_s, u"ScamAlert"_s, u"StaySafe"_s, u"CyberSecurity"_s},
        {},
        {{u"Scam or not?"_s,
          u"{team} reads out three real-sounding messages and calls each one: scam or safe."_s,
          {u"Close-up: phone screen with a suspicious text."_s,
           u"Talking head: 'Scam or not?'"_s,
           u"Quick cuts: two more messages, each with a red or green card."_s,
           u"Talking head: the one rule that catches most scams."_s}},
         {u"The callback rule"_s,
          u"A team member at {place} shows how to hang up and call back on a number you trust."_s,
          {u"Medium shot: phone rings, caller claims to be the bank."_s,
           u"Close-up: thumb hits 'end call'."_s,
           u"Close-up: flipping a debit card to the number on the back."_s,
           u"Talking head: 'Your bank will never mind you calling back.'"_s}}},
    };
}

ContentTopic emergencySavings()
{
    return {
        u"emergency_savings"_s,
        u"Emergency savings"_s,
        {},
        false,
        {u"How big should your emergency fund be?"_s,
         u"Building a rainy-day fund from zero"_s,
         u"Your first $500 of savings"_s,
         u"Where to keep your emergency fund"_s,
         u"What counts as an emergency?"_s,
         u"Refilling your savings after a surprise bill"_s,
         u"A {season} savings challenge"_s,
         u"Saving on an irregular paycheck"_s},
        {u"Life has a way of sending surprise bills at the worst time."_s,
         u"A small cushion can turn a crisis into an inconvenience."_s,
         u"Saving is easier when it happens automatically."_s,
         u"Every emergency fund starts with a first deposit, however small."_s,
         u"An emergency fund buys you options when things go wrong."_s},
        {u"Start with a goal of $500, then work toward one month of expenses."_s,
         u"Keep emergency savings in a separate account that's easy to reach but not too easy."_s,
         u"Round up purchases or save spare change to build the habit."_s,
         u"Put part of any tax refund or bonus straight into savings."_s,
         u"Decide ahead of time what counts as an emergency."_s,
         u"After you use the fund, set a plan to refill it."_s,
         u"Automate a small transfer every payday, even $10 helps."_s},
        {u"EmergencyFund"_s, u"SavingMoney"_s, u"SavingsGoals"_s, u"FinancialWellness"_s},
        {},
        {{u"The jar test"_s,
          u"{team} fills a jar coin by coin to show how small weekly savings add up over a year."_s,
          {u"Close-up: an empty jar labelled 'rainy day'."_s,
           u"Time-lapse: coins and notes drop in week by week."_s,
           u"On-screen text: what $10 a week becomes in a year."_s,
           u"Talking head: 'Automate it and forget it.'"_s}},
         {u"Surprise bill, no panic"_s,
          u"A team member at {place} acts out a surprise car repair, once without "
          u"savings and once with."_s,
          {u"Medium shot: a repair bill arrives."_s,
           u"Split screen: worried face vs. calm face."_s,
           u"Close-up: transfer from the emergency fund."_s,
           u"Talking head: how to start a fund this week."_s}}},
    };
}

ContentTopic creditAndDebt()
{
    return {
        u"credit_and_debt"_s,
        u"Credit and debt"_s,
        {},
        false,
        {u"What actually moves your credit score"_s,
         u"Snowball or avalanche: paying down debt"_s,
         u"How to read your credit report"_s,
         u"Minimum payments and what they really cost"_s,
         u"Rebuilding credit after a setback"_s,
         u"Is it time to consolidate your debt?"_s,
         u"Credit cards for beginners"_s,
         u"A {season} plan to pay down debt"_s},
        {u"Debt can feel heavy, but every payment is progress."_s,
         u"Your credit score affects more than loans; it can affect rent and insurance too."_s,
         u"A clear plan makes paying off debt feel possible."_s,
         u"Credit is a tool, and like any tool it works best when you understand it."_s,
         u"Knowing your numbers is the first step to lowering them."_s},
        {u"Pay every bill on time; payment history matters most to your score."_s,
         u"Try to use less than 30 percent of your available credit."_s,
         u"List your debts by balance or by rate and pick one strategy to stick with."_s,
         u"Check your credit reports once a year for mistakes."_s,
         u"Pay more than the minimum whenever you can, even a little."_s,
         u"Call your lender early if you think you'll miss a payment."_s,
         u"Keep older accounts open if they cost nothing; account age helps."_s},
        {u"CreditScore"_s, u"DebtFree"_s, u"CreditTips"_s, u"MoneyMatters"_s},
        {},
        {{u"Snowball vs. avalanche"_s,
          u"{team} uses two stacks of sticky notes to compare the two ways of paying down debt."_s,
          {u"Overhead: sticky notes with three debts and balances."_s,
           u"Hands reorder by smallest balance: the snowball."_s,
           u"Hands reorder by highest rate: the avalanche."_s,
           u"Talking head: the best method is the one you stick with."_s}},
         {u"Your credit score in four slices"_s,
          u"A team member at {place} cuts a paper pie chart to show what shapes a credit score."_s,
          {u"Close-up: a paper circle and scissors."_s,
           u"Cuts: payment history, amounts owed, history length, new credit."_s,
           u"Close-up: the biggest slice held up."_s,
           u"Talking head: one habit to start this month."_s}}},
    };
}

ContentTopic smallBusiness()
{
    return {
        u"small_business"_s,
        u"Small business"_s,
        {},
        false,
        {u"Separating business and personal money"_s,
         u"Cash flow basics for small businesses"_s,
         u"Setting aside money for quarterly taxes"_s,
         u"Planning for a slow season"_s,
         u"Supporting small businesses in {office}"_s,
         u"Five records every small business should keep"_s,
         u"Paying yourself as a business owner"_s,
         u"Should your side hustle become a business?"_s},
        {u"Small businesses keep our communities running."_s,
         u"Running a business is hard; the money side doesn't have to be."_s,
         u"Good records make tax time and growth decisions much easier."_s,
         u"Cash flow, not profit, is what keeps the lights on."_s,
         u"A side hustle can grow into something bigger with the right setup."_s},
        {u"Open a separate account for business income and expenses."_s,
         u"Set aside a share of every payment for taxes so April isn't a shock."_s,
         u"Keep three months of operating costs in reserve if you can."_s,
         u"Review your receivables weekly and follow up on late invoices."_s,
         u"Pay yourself a regular amount rather than whatever is left over."_s,
         u"Keep receipts organized as you go, not at the end of the year."_s,
         u"Forecast the next three months of income and bills."_s},
        {u"SmallBusiness"_s, u"ShopLocal"_s, u"Entrepreneur"_s, u"SmallBusinessTips"_s},
        {},
        {{u"Local business shout-out"_s,
          u"{team} visits a neighbouring small business and asks the owner for one money tip."_s,
          {u"Establishing shot: the shop front near {place}."_s,
           u"Medium shot: owner at work."_s,
           u"Two-shot: 'What's your best money habit?'"_s,
           u"Close-up: the owner's answer."_s,
           u"B-roll: team member buys something small."_s}},
         {u"Two accounts, less stress"_s,
          u"A team member at {place} shows why business and personal money belong apart."_s,
          {u"Overhead: a single messy pile of receipts."_s,
           u"Hands split the pile into 'business' and 'personal'."_s,
           u"Talking head: what separate accounts make easier."_s,
           u"Close-up: two neat folders closed."_s}}},
    };
}

ContentTopic communityEvents()
{
    return {
        u"community_events"_s,
        u"Community events"_s,
        {},
        true,
        {u"Join the {office} team at our community open house"_s,
         u"Free shred day at our {office} office"_s,
         u"{office} office: coffee and questions morning"_s,
         u"Our {office} team is volunteering this month"_s,
         u"Free money workshop at our {office} office"_s,
         u"{office} food drive: drop off at our office"_s,
         u"Meet us at the {office} community fair"_s,
         u"Thank you, {office}, for a great {season}"_s},
        {u"We love being part of this community."_s,
         u"Our doors are open, and the coffee is on."_s,
         u"Giving back is part of who we are."_s,
         u"Bring your questions, your neighbours, or just yourself."_s,
         u"Some of our best conversations happen away from a desk."_s},
        {u"Everyone is welcome, whether or not you're a client."_s,
         u"No appointment needed; stop by any time during the event."_s,
         u"Bring old statements and papers you'd like safely shredded."_s,
         u"Our team will be on hand to answer money questions, no strings attached."_s,
         u"Donations of non-perishable food are welcome all week."_s,
         u"Bring the kids; there will be activities for all ages."_s,
         u"Light refreshments will be served."_s},
        {u"Community"_s, u"GivingBack"_s, u"LocalEvents"_s, u"Neighbors"_s},
        {},
        {{u"Open house walk-through"_s,
          u"{team} gives a quick walking tour of {place} to invite neighbours to the open house."_s,
          {u"Walking shot: through the front door."_s,
           u"Medium shot: team waves from the front desk."_s,
           u"Close-up: coffee being poured."_s,
           u"Talking head: date, time and what to expect."_s}},
         {u"A day of giving back"_s,
          u"Behind the scenes as {team} volunteers at a local cause."_s,
          {u"Establishing shot: the volunteer site."_s,
           u"B-roll: team members at work."_s,
           u"Talking head: why this cause matters to the office."_s,
           u"Group shot: the whole team."_s}}},
    };
}

ContentTopic staffSpotlight()
{
    return {
        u"staff_spotlight"_s,
        u"Staff spotlight"_s,
        {},
        true,
        {u"Meet the {office} team"_s,
         u"Staff spotlight: a day at our {office} office"_s,
         u"Why our {office} team loves what they do"_s,
         u"The best money advice our {office} team ever got"_s,
         u"Celebrating work anniversaries in {office}"_s,
         u"Our {office} team's favourite local spots"_s,
         u"Behind the desk at {office}"_s},
        {u"Behind every plan is a person who cares."_s,
         u"We'd like you to meet some of the people you'll see when you visit."_s,
         u"Our team is the heart of every office."_s,
         u"Good advice starts with people who listen."_s,
         u"Great service comes from great people."_s},
        {u"Ask our team about their favourite money tip next time you're in."_s,
         u"Many of our team members have lived in the area for years."_s,
         u"Our team members volunteer at local schools and nonprofits."_s,
         u"We're proud of the experience and care this team brings every day."_s,
         u"Stop by and say hello; we'd love to meet you."_s,
         u"New faces and long-time favourites work side by side here."_s},
        {u"MeetTheTeam"_s, u"StaffSpotlight"_s, u"TeamBFS"_s, u"LocalExperts"_s},
        {},
        {{u"Meet the team in 30 seconds"_s,
          u"Each person at {place} introduces themselves in one sentence."_s,
          {u"Wide shot: the whole team in front of the office sign."_s,
           u"Quick cuts: each person says their name and role."_s,
           u"Quick cuts: each person's favourite money tip in five words."_s,
           u"Group shot: everyone waves."_s}},
         {u"Best advice I ever got"_s,
          u"Team members at {place} share the best money advice they have received."_s,
          {u"Title card: 'Best money advice I ever got'."_s,
           u"Talking head: first team member."_s,
           u"Talking head: second team member."_s,
           u"Talking head: third team member."_s,
           u"Group shot: 'What's yours? Tell us below.'"_s}}},
    };
}

QList<ContentTopic> evergreenTopics()
{
    return {budgeting(),
            retirement(),
            homeBuying(),
            fraudAwareness(),
            emergencySavings(),
            creditAndDebt(),
            smallBusiness(),
            communityEvents(),
            staffSpotlight()};
}

} // namespace

const QList<ContentTopic> &contentTopics()
{
    static const QList<ContentTopic> kTopics = evergreenTopics() + seasonalTopics();
    return kTopics;
}

const QStringList &officeLines()
{
    static const QStringList kLines = {
        u"Questions? Our {office} team is happy to walk through it with you."_s,
        u"Stop by our {office} office or call to book a free review."_s,
        u"The advisors at our {office} office can help you put a plan on paper."_s,
        u"Drop in at our {office} office; the coffee's on us."_s,
        u"Book a no-pressure conversation with the {office} team this week."_s,
        u"Want a second pair of eyes? Our {office} office is here to help."_s,
        u"Your neighbours at our {office} office are one call away."_s,
    };
    return kLines;
}

const QStringList &brandLines()
{
    static const QStringList kLines = {
        u"Find your nearest BFS office through the link in our bio."_s,
        u"Our local offices are ready to help you make a plan."_s,
        u"Talk it through with a BFS advisor near you."_s,
        u"Have a question? Send us a message any time."_s,
        u"Follow along for a new money tip every week."_s,
    };
    return kLines;
}

const QStringList &callsToAction()
{
    static const QStringList kLines = {
        u"Save this post for later."_s,
        u"Share it with someone who could use it."_s,
        u"Tag a friend who's working on this too."_s,
        u"What would you add? Tell us below."_s,
        u"Have a question? Leave it in the comments."_s,
        u"Small steps count. Start with one today."_s,
    };
    return kLines;
}

const QStringList &officeStoryPrompts()
{
    static const QStringList kLines = {
        u"Tap the link to talk to our {office} team."_s,
        u"Swipe up to book time with the {office} office."_s,
        u"Questions? Message our {office} team."_s,
        u"See you at the {office} office!"_s,
    };
    return kLines;
}

const QStringList &brandStoryPrompts()
{
    static const QStringList kLines = {
        u"Tap the link to find an office near you."_s,
        u"Swipe up for more money tips."_s,
        u"Send us your questions!"_s,
    };
    return kLines;
}

} // namespace Bfs
