Feature: Unicode
  Names, emails and comments are Unicode text: normalized, counted in code points, and sent as themselves.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And I use an Accept header of "application/json"

  Scenario: A name in any script
    When I send a PUT request to "people/%E5%90%8D%E5%89%8D" with the body:
      """
      {"email": "用户@例子.广告", "comment": "Likes tea 🍵"}
      """
    Then the response status should be "201"
    And the response header "Location" should be "/v1/people/%E5%90%8D%E5%89%8D"
    And the JSON at path "result.name" should be "名前"
    And the JSON at path "result.email" should be "用户@例子.广告"
    And the response body should contain "\"comment\":\"Likes tea 🍵\""

  Scenario: Characters are sent as themselves, not as \u escapes
    Given a person "名前" with the email "n@example.com"
    When I send a GET request to "people/%E5%90%8D%E5%89%8D"
    Then the response body should contain "\"name\":\"名前\""
    And the response body should not contain "\\u"

  Scenario: José precomposed and José with a combining accent are one person
    When I send a PUT request to "people/Jos%C3%A9" with the body:
      """
      {"email": "jose@example.com"}
      """
    And I send a PUT request to "people/Jose%CC%81" with the body:
      """
      {"email": "jose@example.org"}
      """
    Then the response status should be "200"
    And the JSON at path "result.name" should be "José"
    When I send a GET request to "people"
    Then the JSON at path "result" should have 1 entries

  Scenario: A name of 100 emoji is accepted, 101 is not
    When I add a person whose name is 100 emoji
    Then the response status should be "201"
    When I add a person whose name is 101 emoji
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/name"

  Scenario: A name of 1001 emoji is too long even to route: 414
    When I add a person whose name is 1001 emoji
    Then the response status should be "414"
    And the JSON at path "message" should be "A part of the URL's path is longer than the limit of 2000 characters"

  Scenario Outline: What a name may not hold
    When I send a PUT request to "people/<name>" with the body:
      """
      {"email": "e@example.com"}
      """
    Then the response status should be "400"
    And the JSON at path "status" should be "error"

    Examples:
      | name        | why                           |
      | a%2Fb       | a slash                       |
      | %20fred     | leading white space           |
      | fred%E3%80%80 | trailing ideographic space  |
      | fr%07ed     | a control character           |
      | fr%C2%85ed  | a C1 control character        |
      | %FF         | not UTF-8                     |
      | %ED%A0%80   | a surrogate encoded in UTF-8  |
      | %           | a bare percent sign           |
      | %G1         | not a percent-encoding        |
      | %E2%80%AEabc | a right-to-left override     |
      | fr%E2%80%8Bed | a zero-width space          |
      | %E2%81%A6fred%E2%81%A9 | a bidi isolate     |
      | %EF%BB%BFfred | a byte order mark           |
      | a%E2%80%8Db | a zero-width joiner between Latin letters |

  Scenario: Joiners stay where an emoji sequence or a script needs them
    When I send a PUT request to "people/%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7" with the body:
      """
      {"email": "family@example.com"}
      """
    Then the response status should be "201"
    And the JSON at path "result.name" should be "👨‍👩‍👧"
    When I send a PUT request to "people/%D9%85%DB%8C%E2%80%8C%D8%AE%D9%88%D8%A7%D9%87%D9%85" with the body:
      """
      {"email": "persian@example.com"}
      """
    Then the response status should be "201"

  Scenario: A lone surrogate in a body is refused
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "e@example.com", "comment": "half a pair \udc00"}
      """
    Then the response status should be "400"
    And the person "fred" should not exist

  Scenario: A comment of 1000 code points of emoji is accepted
    When I send a PUT request to "people/fred" with a comment of 1000 emoji
    Then the response status should be "201"
    When I send a PUT request to "people/fred" with a comment of 1001 emoji
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/comment"

  Scenario: Tabs and newlines are text, NUL is not
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "e@example.com", "comment": "one\ttwo\nthree"}
      """
    Then the response status should be "201"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "e@example.com", "comment": "nul\u0000byte"}
      """
    Then the response status should be "400"
    When I send a GET request to "people/fred"
    Then the JSON should be:
      """
      {"status": "ok", "result": {"name": "fred", "email": "e@example.com", "comment": "one\ttwo\nthree"}}
      """

  Scenario: People are listed in code point order, the same on every page
    Given a person "b" with the email "b@example.com"
    And a person "Ａ" with the email "fullwidth@example.com"
    And a person "😀" with the email "emoji@example.com"
    And a person "ﬁ" with the email "ligature@example.com"
    And a person "a" with the email "a@example.com"
    When I send a GET request to "people?limit=2"
    Then the names on the page should be "a, b"
    When I follow the next link
    Then the names on the page should be "ﬁ, Ａ"
    When I follow the next link
    Then the names on the page should be "😀"
