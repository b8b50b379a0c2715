#include "contentcatalogue.h"

using namespace Qt::StringLiterals;

namespace Bfs {

namespace {

// Topics that are only written about in some months (ContentTopic::months).

ContentTopic taxSeason()
{
    return {
        u"tax_season"_s,
        u"Tax season"_s,
        {1, 2, 3, 4},
        false,
        {u"Your {taxyear} tax documents checklist"_s,
         u"Tax season is here: start organized"_s,
         u"What to do with your tax refund"_s,
         u"Common filing mistakes to avoid"_s,
         u"Deductions and credits people miss"_s,
         u"Owe this year? Here's how to plan"_s,
         u"Tax time questions for the {office} team"_s,
         u"Filing before the April deadline"_s,
         u"Adjusting your withholding for next year"_s},
        {u"Tax season goes more smoothly when your paperwork is ready."_s,
         u"A little organization now can save hours in April."_s,
         u"Expecting a refund? Make a plan before it lands."_s,
         u"Nobody loves tax season, but it doesn't have to be stressful."_s,
         u"The filing deadline comes faster than you think."_s},
        {u"Gather your W-2s, 1099s and last year's return in one folder."_s,
         u"Keep receipts for charitable donations and work expenses."_s,
         u"Double-check names and Social Security numbers before you file."_s,
         u"Consider putting part of your refund toward savings or debt."_s,
         u"If you owe, ask about payment plans instead of ignoring the bill."_s,
         u"Filing electronically with direct deposit is usually fastest."_s,
         u"Review your withholding if you got a big refund or a big bill."_s,
         u"Watch out for tax scams: the IRS doesn't start contact by text."_s},
        {u"TaxSeason"_s, u"TaxTips"_s, u"TaxRefund"_s, u"MoneyMatters"_s},
        u"General information only, not tax advice for your situation."_s,
        {{u"The tax folder"_s,
          u"A team member at {place} builds a tax-time folder document by document."_s,
          {u"Close-up: an empty folder labelled 'Taxes'."_s,
           u"Hands add W-2, 1099s, receipts, last year's return."_s,
           u"Talking head: the document people forget most."_s,
           u"Close-up: folder closed and dated."_s}},
         {u"Refund, three ways"_s,
          u"{team} splits a pretend refund cheque into save, pay down and enjoy."_s,
          {u"Close-up: a giant novelty cheque."_s,
           u"Three envelopes labelled save, pay down, enjoy."_s,
           u"Hands share the amount between them."_s,
           u"Talking head: why a plan beats a splurge."_s}}},
    };
}

ContentTopic springCleaning()
{
    return {
        u"spring_cleaning"_s,
        u"Financial spring cleaning"_s,
        {3, 4, 5},
        false,
        {u"Spring-clean your finances in an afternoon"_s,
         u"Declutter your accounts this {season}"_s,
         u"Which papers to keep and which to shred"_s,
         u"A {month} money tidy-up"_s,
         u"Update your beneficiaries this spring"_s,
         u"Refresh your budget for the warmer months"_s},
        {u"Spring is a great time to clear out more than your closets."_s,
         u"A tidy financial life is easier to manage all year."_s,
         u"Fresh season, fresh look at your money."_s,
         u"Old paperwork and forgotten accounts add up."_s},
        {u"Close accounts you no longer use, after moving any balance."_s,
         u"Shred statements you no longer need and store the rest securely."_s,
         u"Update passwords on your financial apps."_s,
         u"Review beneficiaries on insurance and retirement accounts."_s,
         u"Cancel memberships you didn't use over the winter."_s,
         u"Set a reminder to review your budget at the start of each season."_s},
        {u"SpringCleaning"_s, u"MoneyTips"_s, u"GetOrganized"_s, u"FreshStart"_s},
        {},
        {{u"Keep or shred?"_s,
          u"{team} sorts a stack of papers into keep and shred piles at speed."_s,
          {u"Overhead: a tall stack of mixed papers."_s,
           u"Quick cuts: each paper dropped on 'keep' or 'shred'."_s,
           u"Close-up: the shredder running."_s,
           u"Talking head: how long to keep tax records."_s}},
         {u"Five-minute money tidy-up"_s,
          u"A team member at {place} races a kitchen timer through five quick money chores."_s,
          {u"Close-up: a kitchen timer set to five minutes."_s,
           u"Quick cuts: cancelling a subscription, updating a password, setting an alert."_s,
           u"Close-up: the timer rings."_s,
           u"Talking head: which chore made the biggest difference."_s}}},
    };
}

ContentTopic summerTravel()
{
    return {
        u"summer_travel"_s,
        u"Summer travel budgeting"_s,
        {6, 7, 8},
        false,
        {u"Plan a summer trip without the debt"_s,
         u"Travel budgeting in five steps"_s,
         u"Using your cards safely while travelling"_s,
         u"Staycation ideas near {office}"_s,
         u"Saving for next summer starts now"_s,
         u"Road trip costs people forget"_s},
        {u"Summer memories are better without a big bill afterward."_s,
         u"A great trip starts with a simple budget."_s,
         u"Heading out of town? A few money steps before you go help a lot."_s,
         u"You don't need to go far to have a great summer."_s},
        {u"Set a total trip budget first, then divide it by day."_s,
         u"Tell your bank your travel dates if they ask for them."_s,
         u"Bring one backup card and keep it separate from your wallet."_s,
         u"Price out fuel, parking and tolls for road trips."_s,
         u"Start a travel fund now and add to it monthly."_s,
         u"Use secure networks when banking on the road."_s},
        {u"SummerTravel"_s, u"TravelBudget"_s, u"Staycation"_s, u"SummerFun"_s},
        {},
        {{u"Packing list, money edition"_s,
          u"A team member at {place} packs a suitcase with money must-haves."_s,
          {u"Overhead: open suitcase."_s,
           u"Hands add: backup card, budget note, emergency cash."_s,
           u"Close-up: phone with account alerts on."_s,
           u"Talking head: the one thing to do before you leave."_s}},
         {u"Staycation on a shoestring"_s,
          u"{team} plans a full summer day out close to home for under fifty dollars."_s,
          {u"Title card: 'A summer day under $50'."_s,
           u"Quick cuts: a park, a local diner, an ice-cream stand."_s,
           u"Close-up: the running total on a phone note."_s,
           u"Talking head: why small trips add up to big memories."_s}}},
    };
}

ContentTopic backToSchool()
{
    return {
        u"back_to_school"_s,
        u"Back-to-school savings"_s,
        {7, 8, 9},
        false,
        {u"Back-to-school shopping on a budget"_s,
         u"Teaching kids about money this school year"_s,
         u"Saving for college: where to start"_s,
         u"Five back-to-school costs to plan for"_s,
         u"A first bank account for your teen"_s,
         u"School supply drive at our {office} office"_s},
        {u"Back-to-school season can stretch any budget."_s,
         u"The new school year is a great time to talk with kids about money."_s,
         u"School costs add up quickly; a plan helps."_s,
         u"It's never too early to start saving for education."_s},
        {u"Take stock of what you already have before you shop."_s,
         u"Set a per-child budget and let older kids help stick to it."_s,
         u"Shop sales-tax holidays if your state has one."_s,
         u"Give kids a small allowance to practice making choices."_s,
         u"Look into education savings plans; small monthly amounts add up."_s,
         u"Plan for activity fees and field trips, not just supplies."_s},
        {u"BackToSchool"_s, u"SchoolSupplies"_s, u"MoneyForKids"_s, u"CollegeSavings"_s},
        {},
        {{u"Supply list showdown"_s,
          u"{team} compares a full-price supply haul with a planned, on-budget one."_s,
          {u"Split screen: two shopping bags."_s,
           u"Close-up: receipts side by side."_s,
           u"Talking head: three ways the second bag cost less."_s,
           u"Close-up: kid-friendly savings jar."_s}},
         {u"Allowance, explained by a kid"_s,
          u"A team member at {place} and their child (with permission) explain "
          u"save, spend and share jars."_s,
          {u"Close-up: three jars labelled save, spend, share."_s,
           u"Two-shot: parent asks 'What's each jar for?'"_s,
           u"Close-up: coins dropped into each jar."_s,
           u"Talking head: one tip for starting an allowance."_s}}},
    };
}

ContentTopic openEnrollment()
{
    return {
        u"open_enrollment"_s,
        u"Insurance and open enrollment"_s,
        {10, 11, 12},
        false,
        {u"Open enrollment checklist"_s,
         u"Reviewing your benefits before the deadline"_s,
         u"Is your life insurance still enough?"_s,
         u"Health savings accounts, explained"_s,
         u"Questions to ask about your coverage this {season}"_s},
        {u"Open enrollment is your yearly chance to get your benefits right."_s,
         u"Life changes; your coverage should keep up."_s,
         u"A few minutes with your benefits guide can save real money."_s},
        {u"Compare plans on total yearly cost, not just the premium."_s,
         u"Check that your doctors are still in network."_s,
         u"Review life and disability coverage after a new baby, home or job."_s,
         u"Ask whether you qualify for a health savings account."_s,
         u"Mark the enrollment deadline on your calendar today."_s},
        {u"OpenEnrollment"_s, u"Insurance"_s, u"Benefits"_s, u"ProtectYourFamily"_s},
        u"For general education only; review your plan documents for details."_s,
        {{u"Premium vs. total cost"_s,
          u"A team member at {place} compares two plans with a calculator and sticky notes."_s,
          {u"Close-up: two plan summaries."_s,
           u"Hands add premiums plus deductibles."_s,
           u"Close-up: the cheaper plan circled."_s,
           u"Talking head: why the lowest premium isn't always cheapest."_s}},
         {u"Three benefits people skip"_s,
          u"{team} flips through a benefits guide and flags three options people often overlook."_s,
          {u"Close-up: a benefits guide opened on a desk."_s,
           u"Hands place sticky flags on three pages."_s,
           u"Talking head: what each flagged benefit does."_s,
           u"Close-up: the enrollment deadline circled on a calendar."_s}}},
    };
}

ContentTopic holidaySpending()
{
    return {
        u"holiday_spending"_s,
        u"Holiday spending"_s,
        {11, 12},
        false,
        {u"A holiday budget you'll thank yourself for"_s,
         u"Gift-giving without January regrets"_s,
         u"Holiday shopping scams to watch for"_s,
         u"Homemade and thoughtful: low-cost gift ideas"_s,
         u"Holiday travel on a budget"_s,
         u"Shop small in {office} this holiday season"_s,
         u"Holiday giving and our {office} community"_s},
        {u"The holidays should be joyful, not a financial hangover."_s,
         u"It's easy to overspend in December; a plan helps."_s,
         u"The best gifts aren't always the most expensive ones."_s,
         u"Holiday deals are great, as long as they fit your budget."_s},
        {u"Set a total holiday budget, including food, travel and decorations."_s,
         u"Make a gift list with a limit per person before you shop."_s,
         u"Use cash or debit for holiday shopping if cards tempt you."_s,
         u"Shop only on websites you type in yourself, not from ads in texts."_s,
         u"Agree on a gift exchange or spending cap with family."_s,
         u"Start a holiday fund in January for next year."_s},
        {u"HolidayBudget"_s, u"HolidayShopping"_s, u"ShopSmall"_s, u"SeasonOfGiving"_s},
        {},
        {{u"Wrap it under budget"_s,
          u"{team} wraps gifts while sharing three ways to keep holiday spending in check."_s,
          {u"Close-up: wrapping paper and tape."_s,
           u"Talking head while wrapping: tip one."_s,
           u"Close-up: gift tag with a price limit."_s,
           u"Talking head: tip three and a holiday wish."_s}},
         {u"Twelve seconds of holiday savings"_s,
          u"Quick-fire holiday savings tips from {place}, one per second."_s,
          {u"Title card: 'Holiday savings, fast'."_s,
           u"Quick cuts: team members each say one tip."_s,
           u"Close-up: festive office decorations."_s,
           u"Group shot: 'Happy holidays from our team!'"_s}}},
    };
}

ContentTopic newYearGoals()
{
    return {
        u"new_year_goals"_s,
        u"New year money goals"_s,
        {12, 1},
        false,
        {u"Money resolutions that actually stick"_s,
         u"Your {year} financial goals, in three steps"_s,
         u"Start the year with a fresh budget"_s,
         u"One money goal for each quarter of {year}"_s,
         u"Looking back before looking ahead"_s},
        {u"A new year is a natural moment for a financial fresh start."_s,
         u"Big goals are easier in small steps."_s,
         u"Most resolutions fade by February; a plan helps yours last."_s},
        {u"Pick one or two goals rather than ten."_s,
         u"Write each goal down with a number and a date."_s,
         u"Automate the first step so progress happens on its own."_s,
         u"Check in on your goals once a month."_s,
         u"Celebrate progress, not just the finish line."_s},
        {u"NewYearGoals"_s, u"FreshStart"_s, u"MoneyGoals"_s, u"FinancialGoals"_s},
        {},
        {{u"Goals on a sticky note"_s,
          u"Team members at {place} each write one money goal for the year and "
          u"stick it on the wall."_s,
          {u"Close-up: a blank sticky note and marker."_s,
           u"Quick cuts: goals being written."_s,
           u"Wide shot: the wall of goals."_s,
           u"Talking head: how to make your goal stick."_s}},
         {u"Last year in receipts"_s,
          u"A team member at {place} looks back at last year's spending to set this year's goal."_s,
          {u"Overhead: a year of statements fanned out."_s,
           u"Close-up: highlighter on the biggest surprise."_s,
           u"Talking head: the goal it inspired."_s,
           u"Close-up: the goal written on the first page of a planner."_s}}},
    };
}

} // namespace

QList<ContentTopic> seasonalTopics()
{
    return {taxSeason(),
            springCleaning(),
            summerTravel(),
            backToSchool(),
            openEnrollment(),
            holidaySpending(),
            newYearGoals()};
}

} // namespace Bfs
