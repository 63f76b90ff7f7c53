Feature: Data formats
  Every representation comes in JSON, YAML, CSV (people only) and MessagePack, chosen by the Accept header.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And a person "fred" with the email "a@b.c" and the comment "Plays the banjo"

  Scenario Outline: A person in every format
    Given I use an Accept header of "<type>"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "<content type>"
    And the response header "Vary" should be "Accept"
    And the <format> at path "status" should be "ok"
    And the <format> at path "result.name" should be "fred"
    And the <format> at path "result.comment" should be "Plays the banjo"

    Examples:
      | type                    | content type                    | format      |
      | application/json        | application/json; charset=utf-8 | JSON        |
      | application/yaml        | application/yaml                | YAML        |
      | application/msgpack     | application/msgpack             | MessagePack |
      | application/vnd.msgpack | application/vnd.msgpack         | MessagePack |
      | application/json; charset=UTF-8 | application/json; charset=utf-8 | JSON |

  Scenario: A person in CSV
    Given I use an Accept header of "text/csv"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "text/csv; charset=utf-8; header=present"
    And the response lines should end in CRLF
    And the response body should be:
      """
      name,email,comment
      fred,a@b.c,Plays the banjo
      """

  Scenario: Accept may name the parameters of the type that is sent
    Given I use an Accept header of "text/csv; charset=utf-8; header=present"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "text/csv; charset=utf-8; header=present"

  Scenario: A list page in CSV carries its next link in a header
    Given a person "george" with the email "g@b.c"
    And I use an Accept header of "text/csv"
    When I send a GET request to "people?limit=1"
    Then the response status should be "200"
    And the response body should be:
      """
      name,email,comment
      fred,a@b.c,Plays the banjo
      """
    And the response header "Link" should start with "</v1/people?limit=1&cursor="
    And the response header "Link" should end with ">; rel=\"next\""

  Scenario: A list page in YAML
    Given I use an Accept header of "application/yaml"
    When I send a GET request to "people"
    Then the response body should be:
      """
      status: ok
      result:
        - name: fred
          email: a@b.c
          comment: Plays the banjo
      next: null
      """

  Scenario: CSV quotes what needs quoting and disarms formulas
    Given a person "=HYPERLINK(1)" with the email "x@b.c" and the comment:
      """
      Says "hi", then
      leaves
      """
    And I use an Accept header of "text/csv"
    When I send a GET request to "people/%3DHYPERLINK(1)"
    Then the response body should be:
      """
      name,email,comment
      '=HYPERLINK(1),x@b.c,"Says ""hi"", then
      leaves"
      """

  Scenario: Errors come in the format asked for
    Given I use an Accept header of "application/yaml"
    When I send a GET request to "people/nobody"
    Then the response status should be "404"
    And the response header "Content-Type" should be "application/yaml"
    And the YAML at path "status" should be "error"
    And the YAML at path "message" should be "Person does not exist"

  Scenario: Errors asked for in CSV come in JSON, since CSV cannot carry them
    Given I use an Accept header of "text/csv"
    When I send a GET request to "people/nobody"
    Then the response status should be "404"
    And the response header "Content-Type" should be "application/json; charset=utf-8"
    And the JSON at path "message" should be "Person does not exist"

  Scenario: Errors in MessagePack
    Given I use an Accept header of "application/msgpack"
    When I send a DELETE request to "people/nobody"
    Then the response status should be "404"
    And the MessagePack at path "message" should be "Person does not exist"

  Scenario: Write in YAML, read in JSON
    Given I use a Content-Type header of "application/yaml"
    And I use an Accept header of "application/json"
    When I send a PUT request to "people/george" with the body:
      """
      email: g@b.c
      comment: |
        two
        lines
      """
    Then the response status should be "201"
    And the JSON should be:
      """
      {"status": "ok", "result": {"name": "george", "email": "g@b.c", "comment": "two\nlines\n"}}
      """

  Scenario: Write in MessagePack
    Given I use an Accept header of "application/msgpack"
    When I send a PUT request to "people/george" with the MessagePack body:
      """
      {"email": "g@b.c", "comment": "packed"}
      """
    Then the response status should be "201"
    And the MessagePack at path "result.comment" should be "packed"

  Scenario: Write with an HTML form
    Given I use a Content-Type header of "application/x-www-form-urlencoded"
    And I use an Accept header of "application/json"
    When I send a PUT request to "people/george" with the body:
      """
      email=g%40b.c&comment=from+a+form
      """
    Then the response status should be "201"
    And the JSON at path "result.comment" should be "from a form"

  Scenario: A form field sent twice is refused
    Given I use a Content-Type header of "application/x-www-form-urlencoded"
    And I use an Accept header of "application/json"
    When I send a PUT request to "people/george" with the body:
      """
      email=g%40b.c&email=h%40b.c
      """
    Then the response status should be "400"
    And the JSON at path "errors.0.path" should be "/email"
