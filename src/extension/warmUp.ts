// Made-up dumps the analysis worker analyzes once it has loaded, before any document does. The engine's first
// analysis costs several times the next ones: V8 compiles and optimizes a function only once it has run often on
// varied input, and each word is looked up in the lexicon once. One small text analyzed a few times left the first
// 40 KB dump's visible part 70-190 ms in Node on this 2-core machine, against 15-60 ms for the next dumps' (December
// 2026); these dumps cover what a news dump has (credits, datelines, quotes said before and after, colon quotes, a
// quote over two paragraphs, sports results, money, relative and absolute dates, boilerplate) with a wider vocabulary:
// after them, that first visible part took 25-51 ms (median 28, 5 runs). Every person, firm, club and event is invented.

/** The first one is analyzed before the worker says it is ready; the others between messages, one at a time. */
export const WARM_UP_DUMPS: readonly string[] = [
  `Harbour town approves night ferry
Updated on: June 3, 2024 / 9:15 AM / Coastal Courier

MILLBROOK — The council of Millbrook voted on Tuesday to run a night ferry to Gull Island from next spring.

“People who work late deserve a way home,” said Mayor Ines Calloway, who proposed the route in March.
Harbour master Tom Reyes said the boats would leave every 40 minutes. “We are ready,” he told the Coastal Courier.

Advertisement
Photo: Millbrook Council`,

  `Carmaker to cut 1,200 jobs at northern plant
By Helen Marsh, Business reporter

Carrow Motors is to cut 1,200 jobs at its plant in Redfield, the company announced on Monday, blaming weak sales in Europe and the rising cost of steel.

The firm, which employs 4,500 people in the town, said the cuts would be made by the end of the year. Its chief executive, Paul Devereux, said: "This is a painful decision, but we have to protect the future of the business."

Union leaders reacted angrily. "Workers have been told nothing," said Maria Lindqvist of the Amalgamated Engineering Union. "We will fight these cuts every step of the way."

Shares in Carrow rose 4% to 312p in London after the announcement. Analysts at Hollis Capital said the group had lost £350m in the first six months of 2004, against a profit of $120m a year earlier.

The Department of Trade and Industry said ministers would meet the company next week.`,

  `Storm leaves thousands without power
Updated on: 14 February 2005, 18:02 GMT

Thousands of homes across western Scotland and Northern Ireland were left without electricity on Saturday after winds of up to 90mph swept in from the Atlantic.

Engineers from Northern Grid worked through the night to restore supplies, but a spokeswoman warned that some villages in Argyll could be cut off until Tuesday.

Police in Glasgow closed two bridges and the Met Office issued a severe weather warning for the rest of the weekend. "Stay at home unless your journey is essential," Chief Inspector Ruth Okafor told reporters.

Last month a similar storm caused damage estimated at 40 million euros in France and Belgium, according to the insurer Castellane Re.

Related stories
Share this page
© Copyright 2005`,

  `Rovers stun leaders with late winner
Kingsford Rovers 2-1 Ashcombe United

Kingsford Rovers came from behind to beat league leaders Ashcombe United at Mill Lane on Wednesday night.

Ashcombe went ahead after 23 minutes when Danny Kowalski headed in a corner, but Rovers levelled through Sam Adeyemi early in the second half.

Substitute Luis Ferreira then struck the winner in injury time. Rovers manager Gordon Pike said his side had deserved the win.

"We were the better team for long spells," Pike said. "The players showed real character tonight, and the fans were magnificent."

United's coach, Alan Whitcombe, was less pleased: "We switched off at the end and got punished. That cannot happen if you want to win the title."

The result leaves Ashcombe three points clear at the top with eight games left. They play Dunmore City on Saturday, 12 March.`,

  `UN agency warns of food shortages
GENEVA (Wire) - The World Food Agency warned on Thursday that up to three million people in the region face shortages after a second failed harvest.

"The situation is getting worse by the day," said the agency's director, Dr Amina Sesay, at a news conference in Geneva. "Without new funds, we will have to cut rations from April."

She said donors had given only a third of the $300m the agency asked for in January. The European Union pledged a further 25 million euros last week, and the United States is expected to announce its contribution before the summit in Nairobi on 2 May.

"We are doing everything we can," a spokesman for the Ministry of Agriculture said. "But the rains did not come, and farmers in the north have lost everything."

Aid workers said prices of maize had doubled since October. According to the agency, more than 40% of children in the worst-hit districts are underweight.

Read more:
Click here to subscribe to our newsletter`,

  `Minister defends school reforms
Updated on: 22 September 2004 / 11:40 AM BST / Evening Standard

The Education Secretary, Clare Whitfield, has defended plans to give head teachers more control over their budgets, saying the changes would "raise standards in every classroom".

Speaking at the Labour Party conference in Brighton, Ms Whitfield said the reforms would be introduced in 2006. "Parents want good local schools, and heads know best how to run them," she said.

"This is not about money.

"It is about trusting the people who do the job."

But the National Union of Teachers said the plans would widen the gap between rich and poor areas. Its general secretary, Steve Marlow, told the BBC that the government had "not listened to a single word" from teachers.

The Conservatives said the plans did not go far enough. Shadow education spokesman Richard Hale accused ministers of "tinkering at the edges" and promised to publish his own proposals next month.

Mr Marlow is due to meet the prime minister on Friday.`,
];
