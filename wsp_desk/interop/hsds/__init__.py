"""The one mapping between the directory and Open Referral HSDS 3.0 objects, used by the JSON and the CSV format.

Desk fields go into HSDS's own places where they fit: the last verification of a service is its `assured_date`,
municipalities are `service_areas`, and need tags, visitor kinds, partner kinds and the verification state are
`attributes` whose taxonomy terms belong to the desk's taxonomies (`wsp-desk-…`), and where a field comes from is the
record's `metadata`. So an export stays valid HSDS,
and an export imported again gives the same directory. Child objects get ids derived from their parent's, so the
same directory always exports the same way.

Reading is lenient where HSDS is rich (fields and tables the desk does not keep are left out) and strict where the
desk relies on the data (types, phone numbers, e-mail addresses, need codes): every problem is reported with its
place in the file.
"""
