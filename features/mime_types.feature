Feature: MIME types
  Accept chooses what comes back (RFC 9110 §12.5.1); Content-Type says what is sent.

  Background:
    Given I am using version "v1"
    And I have an empty database
    And I am a valid API user
    And a person "fred" with the email "a@b.c"

  Scenario Outline: q-values choose the format
    Given I use an Accept header of "<accept>"
    When I send a GET request to "people/fred"
    Then the response status should be "200"
    And the response header "Content-Type" should be "<content type>"

    Examples:
      | accept                                     | content type                            |
      | text/csv;q=0.5, application/yaml           | application/yaml                        |
      | application/yaml;q=0.1, application/json   | application/json; charset=utf-8         |
      | application/json;q=0, application/*        | application/yaml                        |
      | application/*                              | application/json; charset=utf-8         |
      | text/*                                     | text/csv; charset=utf-8; header=present |
      | image/png;q=1, application/msgpack;q=0.2   | application/msgpack                     |
      | APPLICATION/JSON                           | application/json; charset=utf-8         |

  Scenario: Nothing we can produce
    Given I use an Accept header of "image/png, application/xml"
    When I send a GET request to "people/fred"
    Then the response status should be "406"
    And the response header "Content-Type" should be "application/json; charset=utf-8"
    And the JSON at path "status" should be "error"
    And the JSON at path "message" should be "None of the types in Accept can be produced here; ask for one of: application/json, application/yaml, text/csv, application/msgpack, application/vnd.msgpack"

  Scenario: A refused write changes nothing
    Given I use an Accept header of "image/png"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "406"
    And the person "fred" should have the email "a@b.c"

  Scenario: CSV is offered only where the answer is people
    Given I use an Accept header of "text/csv"
    When I send a DELETE request to "people/fred"
    Then the response status should be "406"
    And the person "fred" should have the email "a@b.c"

  Scenario: A body in a type the API cannot read
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "application/xml"
    When I send a PUT request to "people/fred" with the body:
      """
      <person><email>new@b.c</email></person>
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The body must be one of: application/json, application/yaml, application/msgpack, application/vnd.msgpack, application/x-www-form-urlencoded"

  Scenario: A Content-Type that is not a media type
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "json"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The Content-Type is not a media type such as application/json"

  Scenario: A compressed body
    Given I use an Accept header of "application/json"
    And I use a "Content-Encoding" header of "gzip"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c"}
      """
    Then the response status should be "415"
    And the JSON at path "message" should be "The Content-Encoding gzip is not supported; send the body unencoded"

  Scenario Outline: A malformed body in any format is a 400
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "<type>"
    When I send a PUT request to "people/fred" with the bytes "<hex>"
    Then the response status should be "400"
    And the JSON at path "status" should be "error"
    And the person "fred" should have the email "a@b.c"

    Examples:
      | type                              | hex                  |
      | application/json                  | 7b22656d61696c223a   |
      | application/json                  | 7b2261223affff7d     |
      | application/yaml                  | 656d61696c3a205b31   |
      | application/yaml                  | 613a2031 0a613a2032  |
      | application/msgpack               | c1                   |
      | application/msgpack               | 81a5656d61696c       |
      | application/x-www-form-urlencoded | 656d61696c3d2546462a |
      | application/json                  | 5b5b5b5b             |

  Scenario: Duplicate members are refused in JSON (I-JSON, RFC 7493)
    Given I use an Accept header of "application/json"
    When I send a PUT request to "people/fred" with the body:
      """
      {"email": "new@b.c", "email": "other@b.c"}
      """
    Then the response status should be "400"
    And the JSON at path "message" should be "The body names the member \"email\" more than once"

  Scenario: A YAML bomb is refused at once
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "application/yaml"
    When I send a PUT request to "people/fred" with the body:
      """
      a: &a ["x","x","x","x","x","x","x","x","x"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      """
    Then the response status should be "400"
    And the JSON at path "message" should be "The body uses more YAML aliases than allowed"

  Scenario: YAML tags that would build objects are refused
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "application/yaml"
    When I send a PUT request to "people/fred" with the body:
      """
      email: !!python/object:os.system a@b.c
      """
    Then the response status should be "400"
    And the person "fred" should have the email "a@b.c"

  Scenario: A YAML 1.1 directive cannot bring back merge keys
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "application/yaml"
    When I send a PUT request to "people/fred" with the body:
      """
      %YAML 1.1
      ---
      email: new@b.c
      <<: {comment: merged}
      """
    Then the response status should be "400"
    And the JSON at path "message" should be "The body must be plain YAML 1.2, without %YAML or %TAG directives"
    And the person "fred" should have the email "a@b.c"

  Scenario: A YAML 1.1 directive cannot turn a switch on with "yes"
    Given I use an Accept header of "application/json"
    And I use a Content-Type header of "application/yaml"
    And I am an administrator
    When I send a PUT request to "/admin/switches/v1.deprecated" with the body:
      """
      %YAML 1.1
      ---
      enabled: yes
      """
    Then the response status should be "400"
    When I send a GET request to "/admin/switches"
    Then the switch "v1.deprecated" should be listed as off
