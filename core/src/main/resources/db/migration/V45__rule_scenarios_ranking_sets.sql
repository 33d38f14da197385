-- Issue 11: scenarios for the vendor ranking, RFQ shortlist and quote scoring rule sets (facts as
-- JSON in each set's shape; the result is the sellers' or quotes' ids, best first).
insert into rule_scenario (rule_set, name, given, expected, created_by, created_at) values
  ('vendor-ranking', 'A seller without the stock is skipped',
   '[{"sellerId":1,"sellerName":"Able","lineCount":2,"offeredLines":2,"stockedLines":2,"orderableLines":2,"localLines":2,"openOrders":1,"capacity":10,"roundsOffered":10,"roundsAccepted":9,"avgResponseMinutes":30,"confirmedOrders":9,"cancelledAfterConfirmation":0,"deliveries":9,"onTimeDeliveries":9,"preferred":false,"alreadyOffered":false},{"sellerId":2,"sellerName":"Short","lineCount":2,"offeredLines":2,"stockedLines":1,"orderableLines":2,"localLines":2,"openOrders":1,"capacity":10,"roundsOffered":10,"roundsAccepted":9,"avgResponseMinutes":30,"confirmedOrders":9,"cancelledAfterConfirmation":0,"deliveries":9,"onTimeDeliveries":9,"preferred":false,"alreadyOffered":false}]',
   '1', 'mandi', now()),
  ('vendor-ranking', 'A seller already offered the order is not asked again',
   '[{"sellerId":3,"sellerName":"Asked","lineCount":1,"offeredLines":1,"stockedLines":1,"orderableLines":1,"localLines":1,"openOrders":0,"capacity":10,"roundsOffered":5,"roundsAccepted":5,"avgResponseMinutes":10,"confirmedOrders":5,"cancelledAfterConfirmation":0,"deliveries":5,"onTimeDeliveries":5,"preferred":false,"alreadyOffered":true}]',
   'none', 'mandi', now()),
  ('rfq-shortlist', 'An excluded seller is never invited',
   '{"maxInvited":5,"candidates":[{"sellerId":1,"sellerName":"Able","kind":"MANUFACTURER","lineCount":1,"productLines":1,"offeredLines":1,"stockedLines":1,"categoryLines":1,"local":true,"openOrders":0,"capacity":10,"acceptanceRate":0.9,"onTimeRate":0.9,"buyerChoice":false,"buyerExcluded":false},{"sellerId":2,"sellerName":"Excluded","kind":"SHG","lineCount":1,"productLines":1,"offeredLines":1,"stockedLines":1,"categoryLines":1,"local":true,"openOrders":0,"capacity":10,"acceptanceRate":0.9,"onTimeRate":0.9,"buyerChoice":false,"buyerExcluded":true}]}',
   '1', 'mandi', now()),
  ('quote-scoring', 'Of two quotes alike but for price, the cheaper scores first',
   '[{"quoteId":12,"sellerId":2,"sellerName":"Dear","kind":"WHOLESALER","local":false,"total":1100.00,"lowestTotal":1000.00,"targetTotal":null,"leadTimeDays":3,"fastestLeadTime":3,"daysLate":0,"acceptanceRate":0.9,"onTimeRate":0.9},{"quoteId":11,"sellerId":1,"sellerName":"Cheap","kind":"WHOLESALER","local":false,"total":1000.00,"lowestTotal":1000.00,"targetTotal":null,"leadTimeDays":3,"fastestLeadTime":3,"daysLate":0,"acceptanceRate":0.9,"onTimeRate":0.9}]',
   '11, 12', 'mandi', now());
