/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const switchboard = $root.switchboard = (() => {

    const switchboard = {};

    switchboard.v1 = (function() {

        const v1 = {};

        v1.Request = (function() {

            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Request.prototype.id = "";
            Request.prototype.ping = null;
            Request.prototype.login = null;
            Request.prototype.setPresence = null;
            Request.prototype.accept = null;
            Request.prototype.reject = null;
            Request.prototype.complete = null;
            Request.prototype.finishWrapUp = null;
            Request.prototype.logout = null;
            Request.prototype.recordWrapUp = null;
            Request.prototype.transfer = null;
            Request.prototype.cancelTransfer = null;
            Request.prototype.escalate = null;
            Request.prototype.scheduleFollowUp = null;
            Request.prototype.createContact = null;
            Request.prototype.abandon = null;
            Request.prototype.connected = null;
            Request.prototype.hold = null;
            Request.prototype.unhold = null;
            Request.prototype.end = null;
            Request.prototype.position = null;
            Request.prototype.survey = null;
            Request.prototype.requestCallback = null;
            Request.prototype.callbackFailed = null;
            Request.prototype.subscribe = null;
            Request.prototype.forcePresence = null;
            Request.prototype.forceLogout = null;
            Request.prototype.updateContact = null;
            Request.prototype.snapshotPage = null;
            Request.prototype.getContact = null;
            Request.prototype.endContact = null;
            Request.prototype.removeContact = null;
            Request.prototype.assignContact = null;

            let $oneOfFields;

            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ping", "login", "setPresence", "accept", "reject", "complete", "finishWrapUp", "logout", "recordWrapUp", "transfer", "cancelTransfer", "escalate", "scheduleFollowUp", "createContact", "abandon", "connected", "hold", "unhold", "end", "position", "survey", "requestCallback", "callbackFailed", "subscribe", "forcePresence", "forceLogout", "updateContact", "snapshotPage", "getContact", "endContact", "removeContact", "assignContact"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Request.create = function(properties) {
                return new Request(properties);
            };

            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.switchboard.v1.Ping.encode(message.ping, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                    $root.switchboard.v1.Login.encode(message.login, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.setPresence != null && $Object.hasOwnProperty.call(message, "setPresence"))
                    $root.switchboard.v1.SetPresence.encode(message.setPresence, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                    $root.switchboard.v1.AcceptOffer.encode(message.accept, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    $root.switchboard.v1.RejectOffer.encode(message.reject, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete"))
                    $root.switchboard.v1.CompleteContact.encode(message.complete, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.finishWrapUp != null && $Object.hasOwnProperty.call(message, "finishWrapUp"))
                    $root.switchboard.v1.FinishWrapUp.encode(message.finishWrapUp, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout"))
                    $root.switchboard.v1.Logout.encode(message.logout, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.recordWrapUp != null && $Object.hasOwnProperty.call(message, "recordWrapUp"))
                    $root.switchboard.v1.RecordWrapUp.encode(message.recordWrapUp, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.switchboard.v1.Transfer.encode(message.transfer, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.cancelTransfer != null && $Object.hasOwnProperty.call(message, "cancelTransfer"))
                    $root.switchboard.v1.ContactRef.encode(message.cancelTransfer, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.createContact != null && $Object.hasOwnProperty.call(message, "createContact"))
                    $root.switchboard.v1.CreateContact.encode(message.createContact, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.abandon != null && $Object.hasOwnProperty.call(message, "abandon"))
                    $root.switchboard.v1.ContactRef.encode(message.abandon, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
                    $root.switchboard.v1.ContactRef.encode(message.connected, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold"))
                    $root.switchboard.v1.ContactRef.encode(message.hold, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.unhold != null && $Object.hasOwnProperty.call(message, "unhold"))
                    $root.switchboard.v1.ContactRef.encode(message.unhold, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    $root.switchboard.v1.ContactRef.encode(message.end, writer.uint32(202).fork(), _depth + 1).ldelim();
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.switchboard.v1.ContactRef.encode(message.position, writer.uint32(210).fork(), _depth + 1).ldelim();
                if (message.survey != null && $Object.hasOwnProperty.call(message, "survey"))
                    $root.switchboard.v1.SurveyAnswer.encode(message.survey, writer.uint32(218).fork(), _depth + 1).ldelim();
                if (message.requestCallback != null && $Object.hasOwnProperty.call(message, "requestCallback"))
                    $root.switchboard.v1.CallbackRequest.encode(message.requestCallback, writer.uint32(226).fork(), _depth + 1).ldelim();
                if (message.callbackFailed != null && $Object.hasOwnProperty.call(message, "callbackFailed"))
                    $root.switchboard.v1.ContactRef.encode(message.callbackFailed, writer.uint32(234).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.switchboard.v1.Subscribe.encode(message.subscribe, writer.uint32(242).fork(), _depth + 1).ldelim();
                if (message.forcePresence != null && $Object.hasOwnProperty.call(message, "forcePresence"))
                    $root.switchboard.v1.ForcePresence.encode(message.forcePresence, writer.uint32(250).fork(), _depth + 1).ldelim();
                if (message.forceLogout != null && $Object.hasOwnProperty.call(message, "forceLogout"))
                    $root.switchboard.v1.ForceLogout.encode(message.forceLogout, writer.uint32(258).fork(), _depth + 1).ldelim();
                if (message.updateContact != null && $Object.hasOwnProperty.call(message, "updateContact"))
                    $root.switchboard.v1.UpdateContact.encode(message.updateContact, writer.uint32(266).fork(), _depth + 1).ldelim();
                if (message.escalate != null && $Object.hasOwnProperty.call(message, "escalate"))
                    $root.switchboard.v1.Escalate.encode(message.escalate, writer.uint32(322).fork(), _depth + 1).ldelim();
                if (message.scheduleFollowUp != null && $Object.hasOwnProperty.call(message, "scheduleFollowUp"))
                    $root.switchboard.v1.ScheduleFollowUp.encode(message.scheduleFollowUp, writer.uint32(330).fork(), _depth + 1).ldelim();
                if (message.snapshotPage != null && $Object.hasOwnProperty.call(message, "snapshotPage"))
                    $root.switchboard.v1.SnapshotPage.encode(message.snapshotPage, writer.uint32(362).fork(), _depth + 1).ldelim();
                if (message.getContact != null && $Object.hasOwnProperty.call(message, "getContact"))
                    $root.switchboard.v1.ContactRef.encode(message.getContact, writer.uint32(370).fork(), _depth + 1).ldelim();
                if (message.endContact != null && $Object.hasOwnProperty.call(message, "endContact"))
                    $root.switchboard.v1.EndContact.encode(message.endContact, writer.uint32(482).fork(), _depth + 1).ldelim();
                if (message.removeContact != null && $Object.hasOwnProperty.call(message, "removeContact"))
                    $root.switchboard.v1.RemoveContact.encode(message.removeContact, writer.uint32(490).fork(), _depth + 1).ldelim();
                if (message.assignContact != null && $Object.hasOwnProperty.call(message, "assignContact"))
                    $root.switchboard.v1.AssignContact.encode(message.assignContact, writer.uint32(498).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.switchboard.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.login = $root.switchboard.v1.Login.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                            message.body = "login";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.setPresence = $root.switchboard.v1.SetPresence.decode(reader, reader.size(), $undefined, _depth + 1, message.setPresence);
                            message.body = "setPresence";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.accept = $root.switchboard.v1.AcceptOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                            message.body = "accept";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.reject = $root.switchboard.v1.RejectOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.reject);
                            message.body = "reject";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.complete = $root.switchboard.v1.CompleteContact.decode(reader, reader.size(), $undefined, _depth + 1, message.complete);
                            message.body = "complete";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.finishWrapUp = $root.switchboard.v1.FinishWrapUp.decode(reader, reader.size(), $undefined, _depth + 1, message.finishWrapUp);
                            message.body = "finishWrapUp";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.logout = $root.switchboard.v1.Logout.decode(reader, reader.size(), $undefined, _depth + 1, message.logout);
                            message.body = "logout";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.recordWrapUp = $root.switchboard.v1.RecordWrapUp.decode(reader, reader.size(), $undefined, _depth + 1, message.recordWrapUp);
                            message.body = "recordWrapUp";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.switchboard.v1.Transfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            message.body = "transfer";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.cancelTransfer = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelTransfer);
                            message.body = "cancelTransfer";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.escalate = $root.switchboard.v1.Escalate.decode(reader, reader.size(), $undefined, _depth + 1, message.escalate);
                            message.body = "escalate";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.scheduleFollowUp = $root.switchboard.v1.ScheduleFollowUp.decode(reader, reader.size(), $undefined, _depth + 1, message.scheduleFollowUp);
                            message.body = "scheduleFollowUp";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.createContact = $root.switchboard.v1.CreateContact.decode(reader, reader.size(), $undefined, _depth + 1, message.createContact);
                            message.body = "createContact";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.abandon = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.abandon);
                            message.body = "abandon";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.connected = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.connected);
                            message.body = "connected";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.hold = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.hold);
                            message.body = "hold";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.unhold = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.unhold);
                            message.body = "unhold";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.end = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                            message.body = "end";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            message.body = "position";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.survey = $root.switchboard.v1.SurveyAnswer.decode(reader, reader.size(), $undefined, _depth + 1, message.survey);
                            message.body = "survey";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.requestCallback = $root.switchboard.v1.CallbackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.requestCallback);
                            message.body = "requestCallback";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.callbackFailed = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.callbackFailed);
                            message.body = "callbackFailed";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.switchboard.v1.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.forcePresence = $root.switchboard.v1.ForcePresence.decode(reader, reader.size(), $undefined, _depth + 1, message.forcePresence);
                            message.body = "forcePresence";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.forceLogout = $root.switchboard.v1.ForceLogout.decode(reader, reader.size(), $undefined, _depth + 1, message.forceLogout);
                            message.body = "forceLogout";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.updateContact = $root.switchboard.v1.UpdateContact.decode(reader, reader.size(), $undefined, _depth + 1, message.updateContact);
                            message.body = "updateContact";
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.snapshotPage = $root.switchboard.v1.SnapshotPage.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshotPage);
                            message.body = "snapshotPage";
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.getContact = $root.switchboard.v1.ContactRef.decode(reader, reader.size(), $undefined, _depth + 1, message.getContact);
                            message.body = "getContact";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.endContact = $root.switchboard.v1.EndContact.decode(reader, reader.size(), $undefined, _depth + 1, message.endContact);
                            message.body = "endContact";
                            continue;
                        }
                    case 61: {
                            if (wireType !== 2)
                                break;
                            message.removeContact = $root.switchboard.v1.RemoveContact.decode(reader, reader.size(), $undefined, _depth + 1, message.removeContact);
                            message.body = "removeContact";
                            continue;
                        }
                    case 62: {
                            if (wireType !== 2)
                                break;
                            message.assignContact = $root.switchboard.v1.AssignContact.decode(reader, reader.size(), $undefined, _depth + 1, message.assignContact);
                            message.body = "assignContact";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Request.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Login.verify(message.login, _depth + 1);
                        if (error)
                            return "login." + error;
                    }
                }
                if (message.setPresence != null && $Object.hasOwnProperty.call(message, "setPresence")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.SetPresence.verify(message.setPresence, _depth + 1);
                        if (error)
                            return "setPresence." + error;
                    }
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.AcceptOffer.verify(message.accept, _depth + 1);
                        if (error)
                            return "accept." + error;
                    }
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.RejectOffer.verify(message.reject, _depth + 1);
                        if (error)
                            return "reject." + error;
                    }
                }
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.CompleteContact.verify(message.complete, _depth + 1);
                        if (error)
                            return "complete." + error;
                    }
                }
                if (message.finishWrapUp != null && $Object.hasOwnProperty.call(message, "finishWrapUp")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.FinishWrapUp.verify(message.finishWrapUp, _depth + 1);
                        if (error)
                            return "finishWrapUp." + error;
                    }
                }
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Logout.verify(message.logout, _depth + 1);
                        if (error)
                            return "logout." + error;
                    }
                }
                if (message.recordWrapUp != null && $Object.hasOwnProperty.call(message, "recordWrapUp")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.RecordWrapUp.verify(message.recordWrapUp, _depth + 1);
                        if (error)
                            return "recordWrapUp." + error;
                    }
                }
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Transfer.verify(message.transfer, _depth + 1);
                        if (error)
                            return "transfer." + error;
                    }
                }
                if (message.cancelTransfer != null && $Object.hasOwnProperty.call(message, "cancelTransfer")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.cancelTransfer, _depth + 1);
                        if (error)
                            return "cancelTransfer." + error;
                    }
                }
                if (message.escalate != null && $Object.hasOwnProperty.call(message, "escalate")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Escalate.verify(message.escalate, _depth + 1);
                        if (error)
                            return "escalate." + error;
                    }
                }
                if (message.scheduleFollowUp != null && $Object.hasOwnProperty.call(message, "scheduleFollowUp")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ScheduleFollowUp.verify(message.scheduleFollowUp, _depth + 1);
                        if (error)
                            return "scheduleFollowUp." + error;
                    }
                }
                if (message.createContact != null && $Object.hasOwnProperty.call(message, "createContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.CreateContact.verify(message.createContact, _depth + 1);
                        if (error)
                            return "createContact." + error;
                    }
                }
                if (message.abandon != null && $Object.hasOwnProperty.call(message, "abandon")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.abandon, _depth + 1);
                        if (error)
                            return "abandon." + error;
                    }
                }
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.connected, _depth + 1);
                        if (error)
                            return "connected." + error;
                    }
                }
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.hold, _depth + 1);
                        if (error)
                            return "hold." + error;
                    }
                }
                if (message.unhold != null && $Object.hasOwnProperty.call(message, "unhold")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.unhold, _depth + 1);
                        if (error)
                            return "unhold." + error;
                    }
                }
                if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.end, _depth + 1);
                        if (error)
                            return "end." + error;
                    }
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.position, _depth + 1);
                        if (error)
                            return "position." + error;
                    }
                }
                if (message.survey != null && $Object.hasOwnProperty.call(message, "survey")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.SurveyAnswer.verify(message.survey, _depth + 1);
                        if (error)
                            return "survey." + error;
                    }
                }
                if (message.requestCallback != null && $Object.hasOwnProperty.call(message, "requestCallback")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.CallbackRequest.verify(message.requestCallback, _depth + 1);
                        if (error)
                            return "requestCallback." + error;
                    }
                }
                if (message.callbackFailed != null && $Object.hasOwnProperty.call(message, "callbackFailed")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.callbackFailed, _depth + 1);
                        if (error)
                            return "callbackFailed." + error;
                    }
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.Subscribe.verify(message.subscribe, _depth + 1);
                        if (error)
                            return "subscribe." + error;
                    }
                }
                if (message.forcePresence != null && $Object.hasOwnProperty.call(message, "forcePresence")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ForcePresence.verify(message.forcePresence, _depth + 1);
                        if (error)
                            return "forcePresence." + error;
                    }
                }
                if (message.forceLogout != null && $Object.hasOwnProperty.call(message, "forceLogout")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ForceLogout.verify(message.forceLogout, _depth + 1);
                        if (error)
                            return "forceLogout." + error;
                    }
                }
                if (message.updateContact != null && $Object.hasOwnProperty.call(message, "updateContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.UpdateContact.verify(message.updateContact, _depth + 1);
                        if (error)
                            return "updateContact." + error;
                    }
                }
                if (message.snapshotPage != null && $Object.hasOwnProperty.call(message, "snapshotPage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.SnapshotPage.verify(message.snapshotPage, _depth + 1);
                        if (error)
                            return "snapshotPage." + error;
                    }
                }
                if (message.getContact != null && $Object.hasOwnProperty.call(message, "getContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.ContactRef.verify(message.getContact, _depth + 1);
                        if (error)
                            return "getContact." + error;
                    }
                }
                if (message.endContact != null && $Object.hasOwnProperty.call(message, "endContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.EndContact.verify(message.endContact, _depth + 1);
                        if (error)
                            return "endContact." + error;
                    }
                }
                if (message.removeContact != null && $Object.hasOwnProperty.call(message, "removeContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.RemoveContact.verify(message.removeContact, _depth + 1);
                        if (error)
                            return "removeContact." + error;
                    }
                }
                if (message.assignContact != null && $Object.hasOwnProperty.call(message, "assignContact")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.switchboard.v1.AssignContact.verify(message.assignContact, _depth + 1);
                        if (error)
                            return "assignContact." + error;
                    }
                }
                return null;
            };

            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Request();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".switchboard.v1.Request.ping: object expected");
                    message.ping = $root.switchboard.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.login != null) {
                    if (!$util.isObject(object.login))
                        throw $TypeError(".switchboard.v1.Request.login: object expected");
                    message.login = $root.switchboard.v1.Login.fromObject(object.login, _depth + 1);
                }
                if (object.setPresence != null) {
                    if (!$util.isObject(object.setPresence))
                        throw $TypeError(".switchboard.v1.Request.setPresence: object expected");
                    message.setPresence = $root.switchboard.v1.SetPresence.fromObject(object.setPresence, _depth + 1);
                }
                if (object.accept != null) {
                    if (!$util.isObject(object.accept))
                        throw $TypeError(".switchboard.v1.Request.accept: object expected");
                    message.accept = $root.switchboard.v1.AcceptOffer.fromObject(object.accept, _depth + 1);
                }
                if (object.reject != null) {
                    if (!$util.isObject(object.reject))
                        throw $TypeError(".switchboard.v1.Request.reject: object expected");
                    message.reject = $root.switchboard.v1.RejectOffer.fromObject(object.reject, _depth + 1);
                }
                if (object.complete != null) {
                    if (!$util.isObject(object.complete))
                        throw $TypeError(".switchboard.v1.Request.complete: object expected");
                    message.complete = $root.switchboard.v1.CompleteContact.fromObject(object.complete, _depth + 1);
                }
                if (object.finishWrapUp != null) {
                    if (!$util.isObject(object.finishWrapUp))
                        throw $TypeError(".switchboard.v1.Request.finishWrapUp: object expected");
                    message.finishWrapUp = $root.switchboard.v1.FinishWrapUp.fromObject(object.finishWrapUp, _depth + 1);
                }
                if (object.logout != null) {
                    if (!$util.isObject(object.logout))
                        throw $TypeError(".switchboard.v1.Request.logout: object expected");
                    message.logout = $root.switchboard.v1.Logout.fromObject(object.logout, _depth + 1);
                }
                if (object.recordWrapUp != null) {
                    if (!$util.isObject(object.recordWrapUp))
                        throw $TypeError(".switchboard.v1.Request.recordWrapUp: object expected");
                    message.recordWrapUp = $root.switchboard.v1.RecordWrapUp.fromObject(object.recordWrapUp, _depth + 1);
                }
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".switchboard.v1.Request.transfer: object expected");
                    message.transfer = $root.switchboard.v1.Transfer.fromObject(object.transfer, _depth + 1);
                }
                if (object.cancelTransfer != null) {
                    if (!$util.isObject(object.cancelTransfer))
                        throw $TypeError(".switchboard.v1.Request.cancelTransfer: object expected");
                    message.cancelTransfer = $root.switchboard.v1.ContactRef.fromObject(object.cancelTransfer, _depth + 1);
                }
                if (object.escalate != null) {
                    if (!$util.isObject(object.escalate))
                        throw $TypeError(".switchboard.v1.Request.escalate: object expected");
                    message.escalate = $root.switchboard.v1.Escalate.fromObject(object.escalate, _depth + 1);
                }
                if (object.scheduleFollowUp != null) {
                    if (!$util.isObject(object.scheduleFollowUp))
                        throw $TypeError(".switchboard.v1.Request.scheduleFollowUp: object expected");
                    message.scheduleFollowUp = $root.switchboard.v1.ScheduleFollowUp.fromObject(object.scheduleFollowUp, _depth + 1);
                }
                if (object.createContact != null) {
                    if (!$util.isObject(object.createContact))
                        throw $TypeError(".switchboard.v1.Request.createContact: object expected");
                    message.createContact = $root.switchboard.v1.CreateContact.fromObject(object.createContact, _depth + 1);
                }
                if (object.abandon != null) {
                    if (!$util.isObject(object.abandon))
                        throw $TypeError(".switchboard.v1.Request.abandon: object expected");
                    message.abandon = $root.switchboard.v1.ContactRef.fromObject(object.abandon, _depth + 1);
                }
                if (object.connected != null) {
                    if (!$util.isObject(object.connected))
                        throw $TypeError(".switchboard.v1.Request.connected: object expected");
                    message.connected = $root.switchboard.v1.ContactRef.fromObject(object.connected, _depth + 1);
                }
                if (object.hold != null) {
                    if (!$util.isObject(object.hold))
                        throw $TypeError(".switchboard.v1.Request.hold: object expected");
                    message.hold = $root.switchboard.v1.ContactRef.fromObject(object.hold, _depth + 1);
                }
                if (object.unhold != null) {
                    if (!$util.isObject(object.unhold))
                        throw $TypeError(".switchboard.v1.Request.unhold: object expected");
                    message.unhold = $root.switchboard.v1.ContactRef.fromObject(object.unhold, _depth + 1);
                }
                if (object.end != null) {
                    if (!$util.isObject(object.end))
                        throw $TypeError(".switchboard.v1.Request.end: object expected");
                    message.end = $root.switchboard.v1.ContactRef.fromObject(object.end, _depth + 1);
                }
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".switchboard.v1.Request.position: object expected");
                    message.position = $root.switchboard.v1.ContactRef.fromObject(object.position, _depth + 1);
                }
                if (object.survey != null) {
                    if (!$util.isObject(object.survey))
                        throw $TypeError(".switchboard.v1.Request.survey: object expected");
                    message.survey = $root.switchboard.v1.SurveyAnswer.fromObject(object.survey, _depth + 1);
                }
                if (object.requestCallback != null) {
                    if (!$util.isObject(object.requestCallback))
                        throw $TypeError(".switchboard.v1.Request.requestCallback: object expected");
                    message.requestCallback = $root.switchboard.v1.CallbackRequest.fromObject(object.requestCallback, _depth + 1);
                }
                if (object.callbackFailed != null) {
                    if (!$util.isObject(object.callbackFailed))
                        throw $TypeError(".switchboard.v1.Request.callbackFailed: object expected");
                    message.callbackFailed = $root.switchboard.v1.ContactRef.fromObject(object.callbackFailed, _depth + 1);
                }
                if (object.subscribe != null) {
                    if (!$util.isObject(object.subscribe))
                        throw $TypeError(".switchboard.v1.Request.subscribe: object expected");
                    message.subscribe = $root.switchboard.v1.Subscribe.fromObject(object.subscribe, _depth + 1);
                }
                if (object.forcePresence != null) {
                    if (!$util.isObject(object.forcePresence))
                        throw $TypeError(".switchboard.v1.Request.forcePresence: object expected");
                    message.forcePresence = $root.switchboard.v1.ForcePresence.fromObject(object.forcePresence, _depth + 1);
                }
                if (object.forceLogout != null) {
                    if (!$util.isObject(object.forceLogout))
                        throw $TypeError(".switchboard.v1.Request.forceLogout: object expected");
                    message.forceLogout = $root.switchboard.v1.ForceLogout.fromObject(object.forceLogout, _depth + 1);
                }
                if (object.updateContact != null) {
                    if (!$util.isObject(object.updateContact))
                        throw $TypeError(".switchboard.v1.Request.updateContact: object expected");
                    message.updateContact = $root.switchboard.v1.UpdateContact.fromObject(object.updateContact, _depth + 1);
                }
                if (object.snapshotPage != null) {
                    if (!$util.isObject(object.snapshotPage))
                        throw $TypeError(".switchboard.v1.Request.snapshotPage: object expected");
                    message.snapshotPage = $root.switchboard.v1.SnapshotPage.fromObject(object.snapshotPage, _depth + 1);
                }
                if (object.getContact != null) {
                    if (!$util.isObject(object.getContact))
                        throw $TypeError(".switchboard.v1.Request.getContact: object expected");
                    message.getContact = $root.switchboard.v1.ContactRef.fromObject(object.getContact, _depth + 1);
                }
                if (object.endContact != null) {
                    if (!$util.isObject(object.endContact))
                        throw $TypeError(".switchboard.v1.Request.endContact: object expected");
                    message.endContact = $root.switchboard.v1.EndContact.fromObject(object.endContact, _depth + 1);
                }
                if (object.removeContact != null) {
                    if (!$util.isObject(object.removeContact))
                        throw $TypeError(".switchboard.v1.Request.removeContact: object expected");
                    message.removeContact = $root.switchboard.v1.RemoveContact.fromObject(object.removeContact, _depth + 1);
                }
                if (object.assignContact != null) {
                    if (!$util.isObject(object.assignContact))
                        throw $TypeError(".switchboard.v1.Request.assignContact: object expected");
                    message.assignContact = $root.switchboard.v1.AssignContact.fromObject(object.assignContact, _depth + 1);
                }
                return message;
            };

            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = "";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.switchboard.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    object.login = $root.switchboard.v1.Login.toObject(message.login, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "login";
                }
                if (message.setPresence != null && $Object.hasOwnProperty.call(message, "setPresence")) {
                    object.setPresence = $root.switchboard.v1.SetPresence.toObject(message.setPresence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "setPresence";
                }
                if (message.accept != null && $Object.hasOwnProperty.call(message, "accept")) {
                    object.accept = $root.switchboard.v1.AcceptOffer.toObject(message.accept, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "accept";
                }
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject")) {
                    object.reject = $root.switchboard.v1.RejectOffer.toObject(message.reject, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reject";
                }
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete")) {
                    object.complete = $root.switchboard.v1.CompleteContact.toObject(message.complete, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "complete";
                }
                if (message.finishWrapUp != null && $Object.hasOwnProperty.call(message, "finishWrapUp")) {
                    object.finishWrapUp = $root.switchboard.v1.FinishWrapUp.toObject(message.finishWrapUp, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "finishWrapUp";
                }
                if (message.logout != null && $Object.hasOwnProperty.call(message, "logout")) {
                    object.logout = $root.switchboard.v1.Logout.toObject(message.logout, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "logout";
                }
                if (message.recordWrapUp != null && $Object.hasOwnProperty.call(message, "recordWrapUp")) {
                    object.recordWrapUp = $root.switchboard.v1.RecordWrapUp.toObject(message.recordWrapUp, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "recordWrapUp";
                }
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                    object.transfer = $root.switchboard.v1.Transfer.toObject(message.transfer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "transfer";
                }
                if (message.cancelTransfer != null && $Object.hasOwnProperty.call(message, "cancelTransfer")) {
                    object.cancelTransfer = $root.switchboard.v1.ContactRef.toObject(message.cancelTransfer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "cancelTransfer";
                }
                if (message.createContact != null && $Object.hasOwnProperty.call(message, "createContact")) {
                    object.createContact = $root.switchboard.v1.CreateContact.toObject(message.createContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "createContact";
                }
                if (message.abandon != null && $Object.hasOwnProperty.call(message, "abandon")) {
                    object.abandon = $root.switchboard.v1.ContactRef.toObject(message.abandon, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "abandon";
                }
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected")) {
                    object.connected = $root.switchboard.v1.ContactRef.toObject(message.connected, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "connected";
                }
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold")) {
                    object.hold = $root.switchboard.v1.ContactRef.toObject(message.hold, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hold";
                }
                if (message.unhold != null && $Object.hasOwnProperty.call(message, "unhold")) {
                    object.unhold = $root.switchboard.v1.ContactRef.toObject(message.unhold, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "unhold";
                }
                if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                    object.end = $root.switchboard.v1.ContactRef.toObject(message.end, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "end";
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    object.position = $root.switchboard.v1.ContactRef.toObject(message.position, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "position";
                }
                if (message.survey != null && $Object.hasOwnProperty.call(message, "survey")) {
                    object.survey = $root.switchboard.v1.SurveyAnswer.toObject(message.survey, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "survey";
                }
                if (message.requestCallback != null && $Object.hasOwnProperty.call(message, "requestCallback")) {
                    object.requestCallback = $root.switchboard.v1.CallbackRequest.toObject(message.requestCallback, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "requestCallback";
                }
                if (message.callbackFailed != null && $Object.hasOwnProperty.call(message, "callbackFailed")) {
                    object.callbackFailed = $root.switchboard.v1.ContactRef.toObject(message.callbackFailed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "callbackFailed";
                }
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe")) {
                    object.subscribe = $root.switchboard.v1.Subscribe.toObject(message.subscribe, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "subscribe";
                }
                if (message.forcePresence != null && $Object.hasOwnProperty.call(message, "forcePresence")) {
                    object.forcePresence = $root.switchboard.v1.ForcePresence.toObject(message.forcePresence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "forcePresence";
                }
                if (message.forceLogout != null && $Object.hasOwnProperty.call(message, "forceLogout")) {
                    object.forceLogout = $root.switchboard.v1.ForceLogout.toObject(message.forceLogout, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "forceLogout";
                }
                if (message.updateContact != null && $Object.hasOwnProperty.call(message, "updateContact")) {
                    object.updateContact = $root.switchboard.v1.UpdateContact.toObject(message.updateContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "updateContact";
                }
                if (message.escalate != null && $Object.hasOwnProperty.call(message, "escalate")) {
                    object.escalate = $root.switchboard.v1.Escalate.toObject(message.escalate, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "escalate";
                }
                if (message.scheduleFollowUp != null && $Object.hasOwnProperty.call(message, "scheduleFollowUp")) {
                    object.scheduleFollowUp = $root.switchboard.v1.ScheduleFollowUp.toObject(message.scheduleFollowUp, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "scheduleFollowUp";
                }
                if (message.snapshotPage != null && $Object.hasOwnProperty.call(message, "snapshotPage")) {
                    object.snapshotPage = $root.switchboard.v1.SnapshotPage.toObject(message.snapshotPage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "snapshotPage";
                }
                if (message.getContact != null && $Object.hasOwnProperty.call(message, "getContact")) {
                    object.getContact = $root.switchboard.v1.ContactRef.toObject(message.getContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "getContact";
                }
                if (message.endContact != null && $Object.hasOwnProperty.call(message, "endContact")) {
                    object.endContact = $root.switchboard.v1.EndContact.toObject(message.endContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "endContact";
                }
                if (message.removeContact != null && $Object.hasOwnProperty.call(message, "removeContact")) {
                    object.removeContact = $root.switchboard.v1.RemoveContact.toObject(message.removeContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "removeContact";
                }
                if (message.assignContact != null && $Object.hasOwnProperty.call(message, "assignContact")) {
                    object.assignContact = $root.switchboard.v1.AssignContact.toObject(message.assignContact, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "assignContact";
                }
                return object;
            };

            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        v1.Ping = (function() {

            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ping.create = function(properties) {
                return new Ping(properties);
            };

            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.switchboard.v1.Ping();
            };

            Ping.toObject = function () {
                return {};
            };

            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ping;
        })();

        v1.Login = (function() {

            const Login = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Login.prototype.agentId = null;
            Login.prototype.profile = null;
            Login.prototype.presence = null;
            Login.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Login.prototype, "_agentId", {
                get: $util.oneOfGetter($oneOfFields = ["agentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Login.prototype, "_presence", {
                get: $util.oneOfGetter($oneOfFields = ["presence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Login.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Login.create = function(properties) {
                return new Login(properties);
            };

            Login.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(10).string(message.agentId);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    $root.switchboard.v1.AgentProfile.encode(message.profile, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    writer.uint32(26).string(message.presence);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Login.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Login();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.agentId = reader.stringVerify();
                            message._agentId = "agentId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.profile = $root.switchboard.v1.AgentProfile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.presence = reader.stringVerify();
                            message._presence = "presence";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Login.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId")) {
                    properties._agentId = 1;
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                }
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                    let error = $root.switchboard.v1.AgentProfile.verify(message.profile, _depth + 1);
                    if (error)
                        return "profile." + error;
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    properties._presence = 1;
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            Login.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Login)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Login: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Login();
                if (object.agentId != null)
                    message.agentId = $String(object.agentId);
                if (object.profile != null) {
                    if (!$util.isObject(object.profile))
                        throw $TypeError(".switchboard.v1.Login.profile: object expected");
                    message.profile = $root.switchboard.v1.AgentProfile.fromObject(object.profile, _depth + 1);
                }
                if (object.presence != null)
                    message.presence = $String(object.presence);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            Login.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.profile = null;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = $root.switchboard.v1.AgentProfile.toObject(message.profile, options, _depth + 1);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Login.prototype.toJSON = function() {
                return Login.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Login;
        })();

        v1.SetPresence = (function() {

            const SetPresence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SetPresence.prototype.agentId = null;
            SetPresence.prototype.presence = "";
            SetPresence.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SetPresence.prototype, "_agentId", {
                get: $util.oneOfGetter($oneOfFields = ["agentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SetPresence.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SetPresence.create = function(properties) {
                return new SetPresence(properties);
            };

            SetPresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(10).string(message.agentId);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence") && message.presence !== "")
                    writer.uint32(18).string(message.presence);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SetPresence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.SetPresence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.agentId = reader.stringVerify();
                            message._agentId = "agentId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presence = value;
                            else
                                delete message.presence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SetPresence.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId")) {
                    properties._agentId = 1;
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            SetPresence.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.SetPresence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.SetPresence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.SetPresence();
                if (object.agentId != null)
                    message.agentId = $String(object.agentId);
                if (object.presence != null)
                    if (typeof object.presence !== "string" || object.presence.length)
                        message.presence = $String(object.presence);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            SetPresence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.presence = "";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            SetPresence.prototype.toJSON = function() {
                return SetPresence.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SetPresence;
        })();

        v1.AcceptOffer = (function() {

            const AcceptOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AcceptOffer.prototype.contactId = "";

            AcceptOffer.create = function(properties) {
                return new AcceptOffer(properties);
            };

            AcceptOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AcceptOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AcceptOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AcceptOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                return null;
            };

            AcceptOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AcceptOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AcceptOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AcceptOffer();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                return message;
            };

            AcceptOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                return object;
            };

            AcceptOffer.prototype.toJSON = function() {
                return AcceptOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AcceptOffer;
        })();

        v1.RejectOffer = (function() {

            const RejectOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RejectOffer.prototype.contactId = "";

            RejectOffer.create = function(properties) {
                return new RejectOffer(properties);
            };

            RejectOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RejectOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.RejectOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RejectOffer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                return null;
            };

            RejectOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.RejectOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.RejectOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.RejectOffer();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                return message;
            };

            RejectOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                return object;
            };

            RejectOffer.prototype.toJSON = function() {
                return RejectOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RejectOffer;
        })();

        v1.CompleteContact = (function() {

            const CompleteContact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CompleteContact.prototype.contactId = "";

            CompleteContact.create = function(properties) {
                return new CompleteContact(properties);
            };

            CompleteContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CompleteContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.CompleteContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CompleteContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                return null;
            };

            CompleteContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.CompleteContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.CompleteContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.CompleteContact();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                return message;
            };

            CompleteContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                return object;
            };

            CompleteContact.prototype.toJSON = function() {
                return CompleteContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CompleteContact;
        })();

        v1.FinishWrapUp = (function() {

            const FinishWrapUp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FinishWrapUp.prototype.contactId = "";
            FinishWrapUp.prototype.disposition = null;
            FinishWrapUp.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FinishWrapUp.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FinishWrapUp.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FinishWrapUp.create = function(properties) {
                return new FinishWrapUp(properties);
            };

            FinishWrapUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(18).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(26).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FinishWrapUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.FinishWrapUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FinishWrapUp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            FinishWrapUp.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.FinishWrapUp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.FinishWrapUp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.FinishWrapUp();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            FinishWrapUp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            FinishWrapUp.prototype.toJSON = function() {
                return FinishWrapUp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FinishWrapUp;
        })();

        v1.Logout = (function() {

            const Logout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Logout.create = function(properties) {
                return new Logout(properties);
            };

            Logout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Logout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Logout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Logout.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            Logout.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Logout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Logout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.switchboard.v1.Logout();
            };

            Logout.toObject = function () {
                return {};
            };

            Logout.prototype.toJSON = function() {
                return Logout.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Logout;
        })();

        v1.RecordWrapUp = (function() {

            const RecordWrapUp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordWrapUp.prototype.contactId = "";
            RecordWrapUp.prototype.disposition = null;
            RecordWrapUp.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RecordWrapUp.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RecordWrapUp.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RecordWrapUp.create = function(properties) {
                return new RecordWrapUp(properties);
            };

            RecordWrapUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(18).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(26).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordWrapUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.RecordWrapUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordWrapUp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            RecordWrapUp.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.RecordWrapUp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.RecordWrapUp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.RecordWrapUp();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            RecordWrapUp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            RecordWrapUp.prototype.toJSON = function() {
                return RecordWrapUp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordWrapUp;
        })();

        v1.Transfer = (function() {

            const Transfer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Transfer.prototype.contactId = "";
            Transfer.prototype.queueId = null;
            Transfer.prototype.agentId = null;
            Transfer.prototype.consult = false;
            Transfer.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Transfer.prototype, "_queueId", {
                get: $util.oneOfGetter($oneOfFields = ["queueId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Transfer.prototype, "_agentId", {
                get: $util.oneOfGetter($oneOfFields = ["agentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Transfer.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Transfer.create = function(properties) {
                return new Transfer(properties);
            };

            Transfer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    writer.uint32(18).string(message.queueId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(26).string(message.agentId);
                if (message.consult != null && $Object.hasOwnProperty.call(message, "consult") && message.consult !== false)
                    writer.uint32(32).bool(message.consult);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(42).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Transfer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Transfer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.queueId = reader.stringVerify();
                            message._queueId = "queueId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.agentId = reader.stringVerify();
                            message._agentId = "agentId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.consult = value;
                            else
                                delete message.consult;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Transfer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId")) {
                    properties._queueId = 1;
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId")) {
                    properties._agentId = 1;
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                }
                if (message.consult != null && $Object.hasOwnProperty.call(message, "consult"))
                    if (typeof message.consult !== "boolean")
                        return "consult: boolean expected";
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            Transfer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Transfer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Transfer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Transfer();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.queueId != null)
                    message.queueId = $String(object.queueId);
                if (object.agentId != null)
                    message.agentId = $String(object.agentId);
                if (object.consult != null)
                    if (object.consult)
                        message.consult = $Boolean(object.consult);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            Transfer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.consult = false;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.consult != null && $Object.hasOwnProperty.call(message, "consult"))
                    object.consult = message.consult;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            Transfer.prototype.toJSON = function() {
                return Transfer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Transfer;
        })();

        v1.ScheduleFollowUp = (function() {

            const ScheduleFollowUp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ScheduleFollowUp.prototype.contactId = "";
            ScheduleFollowUp.prototype.dueAt = 0;
            ScheduleFollowUp.prototype.note = "";
            ScheduleFollowUp.prototype.queueId = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ScheduleFollowUp.prototype, "_queueId", {
                get: $util.oneOfGetter($oneOfFields = ["queueId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ScheduleFollowUp.create = function(properties) {
                return new ScheduleFollowUp(properties);
            };

            ScheduleFollowUp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt") && !$Object.is(message.dueAt, 0))
                    writer.uint32(17).double(message.dueAt);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(26).string(message.note);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    writer.uint32(34).string(message.queueId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ScheduleFollowUp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ScheduleFollowUp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.dueAt = value;
                            else
                                delete message.dueAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.queueId = reader.stringVerify();
                            message._queueId = "queueId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ScheduleFollowUp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                    if (typeof message.dueAt !== "number")
                        return "dueAt: number expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId")) {
                    properties._queueId = 1;
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                }
                return null;
            };

            ScheduleFollowUp.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ScheduleFollowUp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ScheduleFollowUp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ScheduleFollowUp();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.dueAt != null)
                    if (!$Object.is($Number(object.dueAt), 0))
                        message.dueAt = $Number(object.dueAt);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                if (object.queueId != null)
                    message.queueId = $String(object.queueId);
                return message;
            };

            ScheduleFollowUp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.dueAt = 0;
                    object.note = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                    object.dueAt = options.json && !$isFinite(message.dueAt) ? $String(message.dueAt) : message.dueAt;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                return object;
            };

            ScheduleFollowUp.prototype.toJSON = function() {
                return ScheduleFollowUp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ScheduleFollowUp;
        })();

        v1.CallbackRequest = (function() {

            const CallbackRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CallbackRequest.prototype.contactId = "";
            CallbackRequest.prototype.number = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CallbackRequest.prototype, "_number", {
                get: $util.oneOfGetter($oneOfFields = ["number"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            CallbackRequest.create = function(properties) {
                return new CallbackRequest(properties);
            };

            CallbackRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(18).string(message.number);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CallbackRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.CallbackRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.number = reader.stringVerify();
                            message._number = "number";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CallbackRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties._number = 1;
                    if (!$util.isString(message.number))
                        return "number: string expected";
                }
                return null;
            };

            CallbackRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.CallbackRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.CallbackRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.CallbackRequest();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.number != null)
                    message.number = $String(object.number);
                return message;
            };

            CallbackRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                return object;
            };

            CallbackRequest.prototype.toJSON = function() {
                return CallbackRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CallbackRequest;
        })();

        v1.Escalate = (function() {

            const Escalate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Escalate.prototype.contactId = "";
            Escalate.prototype.reason = "";
            Escalate.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Escalate.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Escalate.create = function(properties) {
                return new Escalate(properties);
            };

            Escalate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(26).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Escalate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Escalate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Escalate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            Escalate.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Escalate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Escalate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Escalate();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            Escalate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            Escalate.prototype.toJSON = function() {
                return Escalate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Escalate;
        })();

        v1.CreateContact = (function() {

            const CreateContact = function (properties) {
                this.skills = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CreateContact.prototype.externalId = "";
            CreateContact.prototype.queueId = "";
            CreateContact.prototype.channel = "";
            CreateContact.prototype.language = "";
            CreateContact.prototype.skills = $util.emptyObject;
            CreateContact.prototype.customer = null;
            CreateContact.prototype.priority = null;
            CreateContact.prototype.preferredAgentId = null;
            CreateContact.prototype.context = null;
            CreateContact.prototype.handoff = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreateContact.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreateContact.prototype, "_preferredAgentId", {
                get: $util.oneOfGetter($oneOfFields = ["preferredAgentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            CreateContact.create = function(properties) {
                return new CreateContact(properties);
            };

            CreateContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId") && message.externalId !== "")
                    writer.uint32(10).string(message.externalId);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(18).string(message.queueId);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(26).string(message.channel);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(34).string(message.language);
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills"))
                    for (let keys = $Object.keys(message.skills), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(16).int32(message.skills[keys[i]]).ldelim();
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                    $root.switchboard.v1.Customer.encode(message.customer, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(56).int32(message.priority);
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId"))
                    writer.uint32(66).string(message.preferredAgentId);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    $root.google.protobuf.Struct.encode(message.context, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                    $root.switchboard.v1.BotHandoff.encode(message.handoff, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CreateContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.CreateContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.externalId = value;
                            else
                                delete message.externalId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.skills === $util.emptyObject)
                                message.skills = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.skills, key);
                            message.skills[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.customer = $root.switchboard.v1.Customer.decode(reader, reader.size(), $undefined, _depth + 1, message.customer);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.int32();
                            message._priority = "priority";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.preferredAgentId = reader.stringVerify();
                            message._preferredAgentId = "preferredAgentId";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.context = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.context);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.handoff = $root.switchboard.v1.BotHandoff.decode(reader, reader.size(), $undefined, _depth + 1, message.handoff);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CreateContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId"))
                    if (!$util.isString(message.externalId))
                        return "externalId: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    if (!$util.isString(message.language))
                        return "language: string expected";
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills")) {
                    if (!$util.isObject(message.skills))
                        return "skills: object expected";
                    let key = $Object.keys(message.skills);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.skills[key[i]]))
                            return "skills: integer{k:string} expected";
                }
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer")) {
                    let error = $root.switchboard.v1.Customer.verify(message.customer, _depth + 1);
                    if (error)
                        return "customer." + error;
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                    properties._priority = 1;
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                }
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId")) {
                    properties._preferredAgentId = 1;
                    if (!$util.isString(message.preferredAgentId))
                        return "preferredAgentId: string expected";
                }
                if (message.context != null && $Object.hasOwnProperty.call(message, "context")) {
                    let error = $root.google.protobuf.Struct.verify(message.context, _depth + 1);
                    if (error)
                        return "context." + error;
                }
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff")) {
                    let error = $root.switchboard.v1.BotHandoff.verify(message.handoff, _depth + 1);
                    if (error)
                        return "handoff." + error;
                }
                return null;
            };

            CreateContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.CreateContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.CreateContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.CreateContact();
                if (object.externalId != null)
                    if (typeof object.externalId !== "string" || object.externalId.length)
                        message.externalId = $String(object.externalId);
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.language != null)
                    if (typeof object.language !== "string" || object.language.length)
                        message.language = $String(object.language);
                if (object.skills) {
                    if (!$util.isObject(object.skills))
                        throw $TypeError(".switchboard.v1.CreateContact.skills: object expected");
                    message.skills = {};
                    for (let keys = $Object.keys(object.skills), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.skills, keys[i]);
                        message.skills[keys[i]] = object.skills[keys[i]] | 0;
                    }
                }
                if (object.customer != null) {
                    if (!$util.isObject(object.customer))
                        throw $TypeError(".switchboard.v1.CreateContact.customer: object expected");
                    message.customer = $root.switchboard.v1.Customer.fromObject(object.customer, _depth + 1);
                }
                if (object.priority != null)
                    message.priority = object.priority | 0;
                if (object.preferredAgentId != null)
                    message.preferredAgentId = $String(object.preferredAgentId);
                if (object.context != null) {
                    if (!$util.isObject(object.context))
                        throw $TypeError(".switchboard.v1.CreateContact.context: object expected");
                    message.context = $root.google.protobuf.Struct.fromObject(object.context, _depth + 1);
                }
                if (object.handoff != null) {
                    if (!$util.isObject(object.handoff))
                        throw $TypeError(".switchboard.v1.CreateContact.handoff: object expected");
                    message.handoff = $root.switchboard.v1.BotHandoff.fromObject(object.handoff, _depth + 1);
                }
                return message;
            };

            CreateContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.skills = {};
                if (options.defaults) {
                    object.externalId = "";
                    object.queueId = "";
                    object.channel = "";
                    object.language = "";
                    object.customer = null;
                    object.context = null;
                    object.handoff = null;
                }
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId"))
                    object.externalId = message.externalId;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    object.language = message.language;
                let keys2;
                if (message.skills && (keys2 = $Object.keys(message.skills)).length) {
                    object.skills = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.skills, keys2[j]);
                        object.skills[keys2[j]] = message.skills[keys2[j]];
                    }
                }
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                    object.customer = $root.switchboard.v1.Customer.toObject(message.customer, options, _depth + 1);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId"))
                    object.preferredAgentId = message.preferredAgentId;
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = $root.google.protobuf.Struct.toObject(message.context, options, _depth + 1);
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                    object.handoff = $root.switchboard.v1.BotHandoff.toObject(message.handoff, options, _depth + 1);
                return object;
            };

            CreateContact.prototype.toJSON = function() {
                return CreateContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CreateContact;
        })();

        v1.BotHandoff = (function() {

            const BotHandoff = function (properties) {
                this.transcript = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BotHandoff.prototype.transcript = $util.emptyArray;
            BotHandoff.prototype.intent = null;
            BotHandoff.prototype.botId = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BotHandoff.prototype, "_intent", {
                get: $util.oneOfGetter($oneOfFields = ["intent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BotHandoff.prototype, "_botId", {
                get: $util.oneOfGetter($oneOfFields = ["botId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            BotHandoff.create = function(properties) {
                return new BotHandoff(properties);
            };

            BotHandoff.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transcript != null && message.transcript.length)
                    for (let i = 0; i < message.transcript.length; ++i)
                        $root.switchboard.v1.TranscriptLine.encode(message.transcript[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.intent != null && $Object.hasOwnProperty.call(message, "intent"))
                    writer.uint32(18).string(message.intent);
                if (message.botId != null && $Object.hasOwnProperty.call(message, "botId"))
                    writer.uint32(26).string(message.botId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BotHandoff.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.BotHandoff();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transcript && message.transcript.length))
                                message.transcript = [];
                            message.transcript.push($root.switchboard.v1.TranscriptLine.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.intent = reader.stringVerify();
                            message._intent = "intent";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.botId = reader.stringVerify();
                            message._botId = "botId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BotHandoff.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.transcript != null && $Object.hasOwnProperty.call(message, "transcript")) {
                    if (!$Array.isArray(message.transcript))
                        return "transcript: array expected";
                    for (let i = 0; i < message.transcript.length; ++i) {
                        let error = $root.switchboard.v1.TranscriptLine.verify(message.transcript[i], _depth + 1);
                        if (error)
                            return "transcript." + error;
                    }
                }
                if (message.intent != null && $Object.hasOwnProperty.call(message, "intent")) {
                    properties._intent = 1;
                    if (!$util.isString(message.intent))
                        return "intent: string expected";
                }
                if (message.botId != null && $Object.hasOwnProperty.call(message, "botId")) {
                    properties._botId = 1;
                    if (!$util.isString(message.botId))
                        return "botId: string expected";
                }
                return null;
            };

            BotHandoff.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.BotHandoff)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.BotHandoff: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.BotHandoff();
                if (object.transcript) {
                    if (!$Array.isArray(object.transcript))
                        throw $TypeError(".switchboard.v1.BotHandoff.transcript: array expected");
                    message.transcript = $Array(object.transcript.length);
                    for (let i = 0; i < object.transcript.length; ++i) {
                        if (!$util.isObject(object.transcript[i]))
                            throw $TypeError(".switchboard.v1.BotHandoff.transcript: object expected");
                        message.transcript[i] = $root.switchboard.v1.TranscriptLine.fromObject(object.transcript[i], _depth + 1);
                    }
                }
                if (object.intent != null)
                    message.intent = $String(object.intent);
                if (object.botId != null)
                    message.botId = $String(object.botId);
                return message;
            };

            BotHandoff.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.transcript = [];
                if (message.transcript && message.transcript.length) {
                    object.transcript = $Array(message.transcript.length);
                    for (let j = 0; j < message.transcript.length; ++j)
                        object.transcript[j] = $root.switchboard.v1.TranscriptLine.toObject(message.transcript[j], options, _depth + 1);
                }
                if (message.intent != null && $Object.hasOwnProperty.call(message, "intent"))
                    object.intent = message.intent;
                if (message.botId != null && $Object.hasOwnProperty.call(message, "botId"))
                    object.botId = message.botId;
                return object;
            };

            BotHandoff.prototype.toJSON = function() {
                return BotHandoff.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BotHandoff;
        })();

        v1.TranscriptLine = (function() {

            const TranscriptLine = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TranscriptLine.prototype.from = "";
            TranscriptLine.prototype.text = "";
            TranscriptLine.prototype.at = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TranscriptLine.prototype, "_at", {
                get: $util.oneOfGetter($oneOfFields = ["at"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TranscriptLine.create = function(properties) {
                return new TranscriptLine(properties);
            };

            TranscriptLine.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(10).string(message.from);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(18).string(message.text);
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    writer.uint32(25).double(message.at);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TranscriptLine.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.TranscriptLine();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.at = reader.double();
                            message._at = "at";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TranscriptLine.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.at != null && $Object.hasOwnProperty.call(message, "at")) {
                    properties._at = 1;
                    if (typeof message.at !== "number")
                        return "at: number expected";
                }
                return null;
            };

            TranscriptLine.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.TranscriptLine)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.TranscriptLine: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.TranscriptLine();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.at != null)
                    message.at = $Number(object.at);
                return message;
            };

            TranscriptLine.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = "";
                    object.text = "";
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                return object;
            };

            TranscriptLine.prototype.toJSON = function() {
                return TranscriptLine.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TranscriptLine;
        })();

        v1.SurveyAnswer = (function() {

            const SurveyAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SurveyAnswer.prototype.contactId = "";
            SurveyAnswer.prototype.helpful = null;
            SurveyAnswer.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SurveyAnswer.prototype, "_helpful", {
                get: $util.oneOfGetter($oneOfFields = ["helpful"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SurveyAnswer.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SurveyAnswer.create = function(properties) {
                return new SurveyAnswer(properties);
            };

            SurveyAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful"))
                    writer.uint32(16).bool(message.helpful);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SurveyAnswer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.SurveyAnswer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.helpful = reader.bool();
                            message._helpful = "helpful";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SurveyAnswer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful")) {
                    properties._helpful = 1;
                    if (typeof message.helpful !== "boolean")
                        return "helpful: boolean expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            SurveyAnswer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.SurveyAnswer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.SurveyAnswer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.SurveyAnswer();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.helpful != null)
                    message.helpful = $Boolean(object.helpful);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            SurveyAnswer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful"))
                    object.helpful = message.helpful;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            SurveyAnswer.prototype.toJSON = function() {
                return SurveyAnswer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SurveyAnswer;
        })();

        v1.ContactRef = (function() {

            const ContactRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactRef.prototype.contactId = "";

            ContactRef.create = function(properties) {
                return new ContactRef(properties);
            };

            ContactRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                return null;
            };

            ContactRef.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactRef();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                return message;
            };

            ContactRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                return object;
            };

            ContactRef.prototype.toJSON = function() {
                return ContactRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactRef;
        })();

        v1.Subscribe = (function() {

            const Subscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Subscribe.prototype.pageSize = 0;

            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            Subscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize") && message.pageSize !== 0)
                    writer.uint32(8).uint32(message.pageSize);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Subscribe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Subscribe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pageSize = value;
                            else
                                delete message.pageSize;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Subscribe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    if (!$util.isInteger(message.pageSize))
                        return "pageSize: integer expected";
                return null;
            };

            Subscribe.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Subscribe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Subscribe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Subscribe();
                if (object.pageSize != null)
                    if ($Number(object.pageSize) !== 0)
                        message.pageSize = object.pageSize >>> 0;
                return message;
            };

            Subscribe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.pageSize = 0;
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    object.pageSize = message.pageSize;
                return object;
            };

            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Subscribe;
        })();

        v1.SnapshotPage = (function() {

            const SnapshotPage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotPage.prototype.cursor = "";

            SnapshotPage.create = function(properties) {
                return new SnapshotPage(properties);
            };

            SnapshotPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor !== "")
                    writer.uint32(10).string(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.SnapshotPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SnapshotPage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    if (!$util.isString(message.cursor))
                        return "cursor: string expected";
                return null;
            };

            SnapshotPage.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.SnapshotPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.SnapshotPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.SnapshotPage();
                if (object.cursor != null)
                    if (typeof object.cursor !== "string" || object.cursor.length)
                        message.cursor = $String(object.cursor);
                return message;
            };

            SnapshotPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.cursor = "";
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = message.cursor;
                return object;
            };

            SnapshotPage.prototype.toJSON = function() {
                return SnapshotPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SnapshotPage;
        })();

        v1.ForcePresence = (function() {

            const ForcePresence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ForcePresence.prototype.agentId = "";
            ForcePresence.prototype.presence = "";
            ForcePresence.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ForcePresence.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ForcePresence.create = function(properties) {
                return new ForcePresence(properties);
            };

            ForcePresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence") && message.presence !== "")
                    writer.uint32(18).string(message.presence);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ForcePresence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ForcePresence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presence = value;
                            else
                                delete message.presence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ForcePresence.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            ForcePresence.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ForcePresence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ForcePresence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ForcePresence();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.presence != null)
                    if (typeof object.presence !== "string" || object.presence.length)
                        message.presence = $String(object.presence);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            ForcePresence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.presence = "";
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ForcePresence.prototype.toJSON = function() {
                return ForcePresence.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ForcePresence;
        })();

        v1.ForceLogout = (function() {

            const ForceLogout = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ForceLogout.prototype.agentId = "";
            ForceLogout.prototype.endContacts = false;

            ForceLogout.create = function(properties) {
                return new ForceLogout(properties);
            };

            ForceLogout.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.endContacts != null && $Object.hasOwnProperty.call(message, "endContacts") && message.endContacts !== false)
                    writer.uint32(16).bool(message.endContacts);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ForceLogout.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ForceLogout();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.endContacts = value;
                            else
                                delete message.endContacts;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ForceLogout.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.endContacts != null && $Object.hasOwnProperty.call(message, "endContacts"))
                    if (typeof message.endContacts !== "boolean")
                        return "endContacts: boolean expected";
                return null;
            };

            ForceLogout.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ForceLogout)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ForceLogout: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ForceLogout();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.endContacts != null)
                    if (object.endContacts)
                        message.endContacts = $Boolean(object.endContacts);
                return message;
            };

            ForceLogout.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.endContacts = false;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.endContacts != null && $Object.hasOwnProperty.call(message, "endContacts"))
                    object.endContacts = message.endContacts;
                return object;
            };

            ForceLogout.prototype.toJSON = function() {
                return ForceLogout.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ForceLogout;
        })();

        v1.EndContact = (function() {

            const EndContact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EndContact.prototype.contactId = "";
            EndContact.prototype.reason = "";

            EndContact.create = function(properties) {
                return new EndContact(properties);
            };

            EndContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EndContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.EndContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EndContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            EndContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.EndContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.EndContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.EndContact();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            EndContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            EndContact.prototype.toJSON = function() {
                return EndContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EndContact;
        })();

        v1.AssignContact = (function() {

            const AssignContact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AssignContact.prototype.contactId = "";
            AssignContact.prototype.agentId = "";

            AssignContact.create = function(properties) {
                return new AssignContact(properties);
            };

            AssignContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AssignContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AssignContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AssignContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                return null;
            };

            AssignContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AssignContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AssignContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AssignContact();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                return message;
            };

            AssignContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                return object;
            };

            AssignContact.prototype.toJSON = function() {
                return AssignContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AssignContact;
        })();

        v1.RemoveContact = (function() {

            const RemoveContact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RemoveContact.prototype.contactId = "";
            RemoveContact.prototype.reason = "";

            RemoveContact.create = function(properties) {
                return new RemoveContact(properties);
            };

            RemoveContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RemoveContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.RemoveContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RemoveContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            RemoveContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.RemoveContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.RemoveContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.RemoveContact();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            RemoveContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            RemoveContact.prototype.toJSON = function() {
                return RemoveContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RemoveContact;
        })();

        v1.UpdateContact = (function() {

            const UpdateContact = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            UpdateContact.prototype.contactId = "";
            UpdateContact.prototype.priority = null;
            UpdateContact.prototype.queueId = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateContact.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UpdateContact.prototype, "_queueId", {
                get: $util.oneOfGetter($oneOfFields = ["queueId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            UpdateContact.create = function(properties) {
                return new UpdateContact(properties);
            };

            UpdateContact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(16).int32(message.priority);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    writer.uint32(26).string(message.queueId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            UpdateContact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.UpdateContact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.int32();
                            message._priority = "priority";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.queueId = reader.stringVerify();
                            message._queueId = "queueId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            UpdateContact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                    properties._priority = 1;
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                }
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId")) {
                    properties._queueId = 1;
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                }
                return null;
            };

            UpdateContact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.UpdateContact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.UpdateContact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.UpdateContact();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.priority != null)
                    message.priority = object.priority | 0;
                if (object.queueId != null)
                    message.queueId = $String(object.queueId);
                return message;
            };

            UpdateContact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                return object;
            };

            UpdateContact.prototype.toJSON = function() {
                return UpdateContact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UpdateContact;
        })();

        v1.ServerMessage = (function() {

            const ServerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerMessage.prototype.reply = null;
            ServerMessage.prototype.event = null;

            let $oneOfFields;

            $Object.defineProperty(ServerMessage.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["reply", "event"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServerMessage.create = function(properties) {
                return new ServerMessage(properties);
            };

            ServerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    $root.switchboard.v1.Reply.encode(message.reply, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.switchboard.v1.Event.encode(message.event, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ServerMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.reply = $root.switchboard.v1.Reply.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                            message.kind = "reply";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.switchboard.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.kind = "event";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    properties.kind = 1;
                    {
                        let error = $root.switchboard.v1.Reply.verify(message.reply, _depth + 1);
                        if (error)
                            return "reply." + error;
                    }
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.switchboard.v1.Event.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                return null;
            };

            ServerMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ServerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ServerMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ServerMessage();
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw $TypeError(".switchboard.v1.ServerMessage.reply: object expected");
                    message.reply = $root.switchboard.v1.Reply.fromObject(object.reply, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".switchboard.v1.ServerMessage.event: object expected");
                    message.event = $root.switchboard.v1.Event.fromObject(object.event, _depth + 1);
                }
                return message;
            };

            ServerMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    object.reply = $root.switchboard.v1.Reply.toObject(message.reply, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "reply";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.switchboard.v1.Event.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "event";
                }
                return object;
            };

            ServerMessage.prototype.toJSON = function() {
                return ServerMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ServerMessage;
        })();

        v1.Reply = (function() {

            const Reply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Reply.prototype.id = "";
            Reply.prototype.error = null;
            Reply.prototype.ok = null;
            Reply.prototype.pong = null;
            Reply.prototype.login = null;
            Reply.prototype.contact = null;
            Reply.prototype.position = null;
            Reply.prototype.snapshot = null;

            let $oneOfFields;

            $Object.defineProperty(Reply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "ok", "pong", "login", "contact", "position", "snapshot"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Reply.create = function(properties) {
                return new Reply(properties);
            };

            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.switchboard.v1.Error.encode(message.error, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.switchboard.v1.Ok.encode(message.ok, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                    $root.switchboard.v1.Pong.encode(message.pong, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                    $root.switchboard.v1.LoginResult.encode(message.login, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.switchboard.v1.ContactResult.encode(message.contact, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.switchboard.v1.PositionResult.encode(message.position, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.switchboard.v1.Snapshot.encode(message.snapshot, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.switchboard.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.switchboard.v1.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.result = "ok";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.pong = $root.switchboard.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                            message.result = "pong";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.login = $root.switchboard.v1.LoginResult.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                            message.result = "login";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.switchboard.v1.ContactResult.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            message.result = "contact";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.switchboard.v1.PositionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            message.result = "position";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.switchboard.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            message.result = "snapshot";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Reply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.Ok.verify(message.ok, _depth + 1);
                        if (error)
                            return "ok." + error;
                    }
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.Pong.verify(message.pong, _depth + 1);
                        if (error)
                            return "pong." + error;
                    }
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.LoginResult.verify(message.login, _depth + 1);
                        if (error)
                            return "login." + error;
                    }
                }
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.ContactResult.verify(message.contact, _depth + 1);
                        if (error)
                            return "contact." + error;
                    }
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.PositionResult.verify(message.position, _depth + 1);
                        if (error)
                            return "position." + error;
                    }
                }
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.switchboard.v1.Snapshot.verify(message.snapshot, _depth + 1);
                        if (error)
                            return "snapshot." + error;
                    }
                }
                return null;
            };

            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Reply();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".switchboard.v1.Reply.error: object expected");
                    message.error = $root.switchboard.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.ok != null) {
                    if (!$util.isObject(object.ok))
                        throw $TypeError(".switchboard.v1.Reply.ok: object expected");
                    message.ok = $root.switchboard.v1.Ok.fromObject(object.ok, _depth + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw $TypeError(".switchboard.v1.Reply.pong: object expected");
                    message.pong = $root.switchboard.v1.Pong.fromObject(object.pong, _depth + 1);
                }
                if (object.login != null) {
                    if (!$util.isObject(object.login))
                        throw $TypeError(".switchboard.v1.Reply.login: object expected");
                    message.login = $root.switchboard.v1.LoginResult.fromObject(object.login, _depth + 1);
                }
                if (object.contact != null) {
                    if (!$util.isObject(object.contact))
                        throw $TypeError(".switchboard.v1.Reply.contact: object expected");
                    message.contact = $root.switchboard.v1.ContactResult.fromObject(object.contact, _depth + 1);
                }
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".switchboard.v1.Reply.position: object expected");
                    message.position = $root.switchboard.v1.PositionResult.fromObject(object.position, _depth + 1);
                }
                if (object.snapshot != null) {
                    if (!$util.isObject(object.snapshot))
                        throw $TypeError(".switchboard.v1.Reply.snapshot: object expected");
                    message.snapshot = $root.switchboard.v1.Snapshot.fromObject(object.snapshot, _depth + 1);
                }
                return message;
            };

            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = "";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.switchboard.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    object.ok = $root.switchboard.v1.Ok.toObject(message.ok, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "ok";
                }
                if (message.pong != null && $Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.switchboard.v1.Pong.toObject(message.pong, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "pong";
                }
                if (message.login != null && $Object.hasOwnProperty.call(message, "login")) {
                    object.login = $root.switchboard.v1.LoginResult.toObject(message.login, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "login";
                }
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    object.contact = $root.switchboard.v1.ContactResult.toObject(message.contact, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "contact";
                }
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    object.position = $root.switchboard.v1.PositionResult.toObject(message.position, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "position";
                }
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                    object.snapshot = $root.switchboard.v1.Snapshot.toObject(message.snapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "snapshot";
                }
                return object;
            };

            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reply;
        })();

        v1.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = "";
            Error.prototype.message = "";

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.Ok = (function() {

            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ok.create = function(properties) {
                return new Ok(properties);
            };

            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ok.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ok.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            Ok.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Ok)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Ok: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.switchboard.v1.Ok();
            };

            Ok.toObject = function () {
                return {};
            };

            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ok;
        })();

        v1.Pong = (function() {

            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Pong.prototype.time = 0;

            Pong.create = function(properties) {
                return new Pong(properties);
            };

            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(9).double(message.time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof message.time !== "number")
                        return "time: number expected";
                return null;
            };

            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Pong();
                if (object.time != null)
                    if (!$Object.is($Number(object.time), 0))
                        message.time = $Number(object.time);
                return message;
            };

            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.time = 0;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = options.json && !$isFinite(message.time) ? $String(message.time) : message.time;
                return object;
            };

            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pong;
        })();

        v1.LoginResult = (function() {

            const LoginResult = function (properties) {
                this.contacts = [];
                this.histories = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LoginResult.prototype.agent = null;
            LoginResult.prototype.resumed = false;
            LoginResult.prototype.contacts = $util.emptyArray;
            LoginResult.prototype.histories = $util.emptyArray;

            LoginResult.create = function(properties) {
                return new LoginResult(properties);
            };

            LoginResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    $root.switchboard.v1.Agent.encode(message.agent, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.resumed != null && $Object.hasOwnProperty.call(message, "resumed") && message.resumed !== false)
                    writer.uint32(16).bool(message.resumed);
                if (message.contacts != null && message.contacts.length)
                    for (let i = 0; i < message.contacts.length; ++i)
                        $root.switchboard.v1.Contact.encode(message.contacts[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.histories != null && message.histories.length)
                    for (let i = 0; i < message.histories.length; ++i)
                        $root.switchboard.v1.CustomerHistory.encode(message.histories[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LoginResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.LoginResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.agent = $root.switchboard.v1.Agent.decode(reader, reader.size(), $undefined, _depth + 1, message.agent);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resumed = value;
                            else
                                delete message.resumed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.contacts && message.contacts.length))
                                message.contacts = [];
                            message.contacts.push($root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.histories && message.histories.length))
                                message.histories = [];
                            message.histories.push($root.switchboard.v1.CustomerHistory.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LoginResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent")) {
                    let error = $root.switchboard.v1.Agent.verify(message.agent, _depth + 1);
                    if (error)
                        return "agent." + error;
                }
                if (message.resumed != null && $Object.hasOwnProperty.call(message, "resumed"))
                    if (typeof message.resumed !== "boolean")
                        return "resumed: boolean expected";
                if (message.contacts != null && $Object.hasOwnProperty.call(message, "contacts")) {
                    if (!$Array.isArray(message.contacts))
                        return "contacts: array expected";
                    for (let i = 0; i < message.contacts.length; ++i) {
                        let error = $root.switchboard.v1.Contact.verify(message.contacts[i], _depth + 1);
                        if (error)
                            return "contacts." + error;
                    }
                }
                if (message.histories != null && $Object.hasOwnProperty.call(message, "histories")) {
                    if (!$Array.isArray(message.histories))
                        return "histories: array expected";
                    for (let i = 0; i < message.histories.length; ++i) {
                        let error = $root.switchboard.v1.CustomerHistory.verify(message.histories[i], _depth + 1);
                        if (error)
                            return "histories." + error;
                    }
                }
                return null;
            };

            LoginResult.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.LoginResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.LoginResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.LoginResult();
                if (object.agent != null) {
                    if (!$util.isObject(object.agent))
                        throw $TypeError(".switchboard.v1.LoginResult.agent: object expected");
                    message.agent = $root.switchboard.v1.Agent.fromObject(object.agent, _depth + 1);
                }
                if (object.resumed != null)
                    if (object.resumed)
                        message.resumed = $Boolean(object.resumed);
                if (object.contacts) {
                    if (!$Array.isArray(object.contacts))
                        throw $TypeError(".switchboard.v1.LoginResult.contacts: array expected");
                    message.contacts = $Array(object.contacts.length);
                    for (let i = 0; i < object.contacts.length; ++i) {
                        if (!$util.isObject(object.contacts[i]))
                            throw $TypeError(".switchboard.v1.LoginResult.contacts: object expected");
                        message.contacts[i] = $root.switchboard.v1.Contact.fromObject(object.contacts[i], _depth + 1);
                    }
                }
                if (object.histories) {
                    if (!$Array.isArray(object.histories))
                        throw $TypeError(".switchboard.v1.LoginResult.histories: array expected");
                    message.histories = $Array(object.histories.length);
                    for (let i = 0; i < object.histories.length; ++i) {
                        if (!$util.isObject(object.histories[i]))
                            throw $TypeError(".switchboard.v1.LoginResult.histories: object expected");
                        message.histories[i] = $root.switchboard.v1.CustomerHistory.fromObject(object.histories[i], _depth + 1);
                    }
                }
                return message;
            };

            LoginResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.contacts = [];
                    object.histories = [];
                }
                if (options.defaults) {
                    object.agent = null;
                    object.resumed = false;
                }
                if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                    object.agent = $root.switchboard.v1.Agent.toObject(message.agent, options, _depth + 1);
                if (message.resumed != null && $Object.hasOwnProperty.call(message, "resumed"))
                    object.resumed = message.resumed;
                if (message.contacts && message.contacts.length) {
                    object.contacts = $Array(message.contacts.length);
                    for (let j = 0; j < message.contacts.length; ++j)
                        object.contacts[j] = $root.switchboard.v1.Contact.toObject(message.contacts[j], options, _depth + 1);
                }
                if (message.histories && message.histories.length) {
                    object.histories = $Array(message.histories.length);
                    for (let j = 0; j < message.histories.length; ++j)
                        object.histories[j] = $root.switchboard.v1.CustomerHistory.toObject(message.histories[j], options, _depth + 1);
                }
                return object;
            };

            LoginResult.prototype.toJSON = function() {
                return LoginResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoginResult;
        })();

        v1.CustomerHistory = (function() {

            const CustomerHistory = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CustomerHistory.prototype.customerId = "";
            CustomerHistory.prototype.entries = $util.emptyArray;

            CustomerHistory.create = function(properties) {
                return new CustomerHistory(properties);
            };

            CustomerHistory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId") && message.customerId !== "")
                    writer.uint32(10).string(message.customerId);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.switchboard.v1.HistoryEntry.encode(message.entries[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CustomerHistory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.CustomerHistory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.customerId = value;
                            else
                                delete message.customerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.switchboard.v1.HistoryEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CustomerHistory.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId"))
                    if (!$util.isString(message.customerId))
                        return "customerId: string expected";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.switchboard.v1.HistoryEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                return null;
            };

            CustomerHistory.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.CustomerHistory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.CustomerHistory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.CustomerHistory();
                if (object.customerId != null)
                    if (typeof object.customerId !== "string" || object.customerId.length)
                        message.customerId = $String(object.customerId);
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".switchboard.v1.CustomerHistory.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".switchboard.v1.CustomerHistory.entries: object expected");
                        message.entries[i] = $root.switchboard.v1.HistoryEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            CustomerHistory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults)
                    object.customerId = "";
                if (message.customerId != null && $Object.hasOwnProperty.call(message, "customerId"))
                    object.customerId = message.customerId;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.switchboard.v1.HistoryEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            CustomerHistory.prototype.toJSON = function() {
                return CustomerHistory.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CustomerHistory;
        })();

        v1.ContactResult = (function() {

            const ContactResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactResult.prototype.contact = null;
            ContactResult.prototype.created = false;
            ContactResult.prototype.retryDiffers = false;
            ContactResult.prototype.position = 0;
            ContactResult.prototype.estimatedWaitSeconds = 0;
            ContactResult.prototype.estimatedWaitWithinSeconds = 0;
            ContactResult.prototype.waitStatus = "";

            ContactResult.create = function(properties) {
                return new ContactResult(properties);
            };

            ContactResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.switchboard.v1.Contact.encode(message.contact, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.created != null && $Object.hasOwnProperty.call(message, "created") && message.created !== false)
                    writer.uint32(16).bool(message.created);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(24).uint32(message.position);
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds") && !$Object.is(message.estimatedWaitSeconds, 0))
                    writer.uint32(33).double(message.estimatedWaitSeconds);
                if (message.retryDiffers != null && $Object.hasOwnProperty.call(message, "retryDiffers") && message.retryDiffers !== false)
                    writer.uint32(40).bool(message.retryDiffers);
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds") && !$Object.is(message.estimatedWaitWithinSeconds, 0))
                    writer.uint32(49).double(message.estimatedWaitWithinSeconds);
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus") && message.waitStatus !== "")
                    writer.uint32(58).string(message.waitStatus);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.created = value;
                            else
                                delete message.created;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryDiffers = value;
                            else
                                delete message.retryDiffers;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.estimatedWaitSeconds = value;
                            else
                                delete message.estimatedWaitSeconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.estimatedWaitWithinSeconds = value;
                            else
                                delete message.estimatedWaitWithinSeconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.waitStatus = value;
                            else
                                delete message.waitStatus;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    let error = $root.switchboard.v1.Contact.verify(message.contact, _depth + 1);
                    if (error)
                        return "contact." + error;
                }
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    if (typeof message.created !== "boolean")
                        return "created: boolean expected";
                if (message.retryDiffers != null && $Object.hasOwnProperty.call(message, "retryDiffers"))
                    if (typeof message.retryDiffers !== "boolean")
                        return "retryDiffers: boolean expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds"))
                    if (typeof message.estimatedWaitSeconds !== "number")
                        return "estimatedWaitSeconds: number expected";
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds"))
                    if (typeof message.estimatedWaitWithinSeconds !== "number")
                        return "estimatedWaitWithinSeconds: number expected";
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus"))
                    if (!$util.isString(message.waitStatus))
                        return "waitStatus: string expected";
                return null;
            };

            ContactResult.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactResult();
                if (object.contact != null) {
                    if (!$util.isObject(object.contact))
                        throw $TypeError(".switchboard.v1.ContactResult.contact: object expected");
                    message.contact = $root.switchboard.v1.Contact.fromObject(object.contact, _depth + 1);
                }
                if (object.created != null)
                    if (object.created)
                        message.created = $Boolean(object.created);
                if (object.retryDiffers != null)
                    if (object.retryDiffers)
                        message.retryDiffers = $Boolean(object.retryDiffers);
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.estimatedWaitSeconds != null)
                    if (!$Object.is($Number(object.estimatedWaitSeconds), 0))
                        message.estimatedWaitSeconds = $Number(object.estimatedWaitSeconds);
                if (object.estimatedWaitWithinSeconds != null)
                    if (!$Object.is($Number(object.estimatedWaitWithinSeconds), 0))
                        message.estimatedWaitWithinSeconds = $Number(object.estimatedWaitWithinSeconds);
                if (object.waitStatus != null)
                    if (typeof object.waitStatus !== "string" || object.waitStatus.length)
                        message.waitStatus = $String(object.waitStatus);
                return message;
            };

            ContactResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contact = null;
                    object.created = false;
                    object.position = 0;
                    object.estimatedWaitSeconds = 0;
                    object.retryDiffers = false;
                    object.estimatedWaitWithinSeconds = 0;
                    object.waitStatus = "";
                }
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = $root.switchboard.v1.Contact.toObject(message.contact, options, _depth + 1);
                if (message.created != null && $Object.hasOwnProperty.call(message, "created"))
                    object.created = message.created;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds"))
                    object.estimatedWaitSeconds = options.json && !$isFinite(message.estimatedWaitSeconds) ? $String(message.estimatedWaitSeconds) : message.estimatedWaitSeconds;
                if (message.retryDiffers != null && $Object.hasOwnProperty.call(message, "retryDiffers"))
                    object.retryDiffers = message.retryDiffers;
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds"))
                    object.estimatedWaitWithinSeconds = options.json && !$isFinite(message.estimatedWaitWithinSeconds) ? $String(message.estimatedWaitWithinSeconds) : message.estimatedWaitWithinSeconds;
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus"))
                    object.waitStatus = message.waitStatus;
                return object;
            };

            ContactResult.prototype.toJSON = function() {
                return ContactResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactResult;
        })();

        v1.PositionResult = (function() {

            const PositionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PositionResult.prototype.contactId = "";
            PositionResult.prototype.state = "";
            PositionResult.prototype.position = 0;
            PositionResult.prototype.estimatedWaitSeconds = 0;
            PositionResult.prototype.estimatedWaitWithinSeconds = 0;
            PositionResult.prototype.waitStatus = "";
            PositionResult.prototype.agentId = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PositionResult.prototype, "_agentId", {
                get: $util.oneOfGetter($oneOfFields = ["agentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            PositionResult.create = function(properties) {
                return new PositionResult(properties);
            };

            PositionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(18).string(message.state);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position") && message.position !== 0)
                    writer.uint32(24).uint32(message.position);
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds") && !$Object.is(message.estimatedWaitSeconds, 0))
                    writer.uint32(33).double(message.estimatedWaitSeconds);
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds") && !$Object.is(message.estimatedWaitWithinSeconds, 0))
                    writer.uint32(41).double(message.estimatedWaitWithinSeconds);
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus") && message.waitStatus !== "")
                    writer.uint32(50).string(message.waitStatus);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(162).string(message.agentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PositionResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.PositionResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.position = value;
                            else
                                delete message.position;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.estimatedWaitSeconds = value;
                            else
                                delete message.estimatedWaitSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.estimatedWaitWithinSeconds = value;
                            else
                                delete message.estimatedWaitWithinSeconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.waitStatus = value;
                            else
                                delete message.waitStatus;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.agentId = reader.stringVerify();
                            message._agentId = "agentId";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PositionResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    if (!$util.isInteger(message.position))
                        return "position: integer expected";
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds"))
                    if (typeof message.estimatedWaitSeconds !== "number")
                        return "estimatedWaitSeconds: number expected";
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds"))
                    if (typeof message.estimatedWaitWithinSeconds !== "number")
                        return "estimatedWaitWithinSeconds: number expected";
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus"))
                    if (!$util.isString(message.waitStatus))
                        return "waitStatus: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId")) {
                    properties._agentId = 1;
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                }
                return null;
            };

            PositionResult.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.PositionResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.PositionResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.PositionResult();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.position != null)
                    if ($Number(object.position) !== 0)
                        message.position = object.position >>> 0;
                if (object.estimatedWaitSeconds != null)
                    if (!$Object.is($Number(object.estimatedWaitSeconds), 0))
                        message.estimatedWaitSeconds = $Number(object.estimatedWaitSeconds);
                if (object.estimatedWaitWithinSeconds != null)
                    if (!$Object.is($Number(object.estimatedWaitWithinSeconds), 0))
                        message.estimatedWaitWithinSeconds = $Number(object.estimatedWaitWithinSeconds);
                if (object.waitStatus != null)
                    if (typeof object.waitStatus !== "string" || object.waitStatus.length)
                        message.waitStatus = $String(object.waitStatus);
                if (object.agentId != null)
                    message.agentId = $String(object.agentId);
                return message;
            };

            PositionResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.state = "";
                    object.position = 0;
                    object.estimatedWaitSeconds = 0;
                    object.estimatedWaitWithinSeconds = 0;
                    object.waitStatus = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = message.position;
                if (message.estimatedWaitSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitSeconds"))
                    object.estimatedWaitSeconds = options.json && !$isFinite(message.estimatedWaitSeconds) ? $String(message.estimatedWaitSeconds) : message.estimatedWaitSeconds;
                if (message.estimatedWaitWithinSeconds != null && $Object.hasOwnProperty.call(message, "estimatedWaitWithinSeconds"))
                    object.estimatedWaitWithinSeconds = options.json && !$isFinite(message.estimatedWaitWithinSeconds) ? $String(message.estimatedWaitWithinSeconds) : message.estimatedWaitWithinSeconds;
                if (message.waitStatus != null && $Object.hasOwnProperty.call(message, "waitStatus"))
                    object.waitStatus = message.waitStatus;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                return object;
            };

            PositionResult.prototype.toJSON = function() {
                return PositionResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PositionResult;
        })();

        v1.Snapshot = (function() {

            const Snapshot = function (properties) {
                this.queues = [];
                this.agents = [];
                this.contacts = [];
                this.agentSurveys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Snapshot.prototype.queues = $util.emptyArray;
            Snapshot.prototype.agents = $util.emptyArray;
            Snapshot.prototype.contacts = $util.emptyArray;
            Snapshot.prototype.at = 0;
            Snapshot.prototype.agentSurveys = $util.emptyArray;
            Snapshot.prototype.floorStats = null;
            Snapshot.prototype.contactsTotal = 0;
            Snapshot.prototype.nextCursor = null;
            Snapshot.prototype.agentsTotal = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Snapshot.prototype, "_nextCursor", {
                get: $util.oneOfGetter($oneOfFields = ["nextCursor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        $root.switchboard.v1.QueueView.encode(message.queues[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        $root.switchboard.v1.Agent.encode(message.agents[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.contacts != null && message.contacts.length)
                    for (let i = 0; i < message.contacts.length; ++i)
                        $root.switchboard.v1.Contact.encode(message.contacts[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                    writer.uint32(33).double(message.at);
                if (message.agentSurveys != null && message.agentSurveys.length)
                    for (let i = 0; i < message.agentSurveys.length; ++i)
                        $root.switchboard.v1.AgentSurvey.encode(message.agentSurveys[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.floorStats != null && $Object.hasOwnProperty.call(message, "floorStats"))
                    $root.switchboard.v1.FloorStats.encode(message.floorStats, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.contactsTotal != null && $Object.hasOwnProperty.call(message, "contactsTotal") && message.contactsTotal !== 0)
                    writer.uint32(56).uint32(message.contactsTotal);
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    writer.uint32(162).string(message.nextCursor);
                if (message.agentsTotal != null && $Object.hasOwnProperty.call(message, "agentsTotal") && message.agentsTotal !== 0)
                    writer.uint32(168).uint32(message.agentsTotal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push($root.switchboard.v1.QueueView.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push($root.switchboard.v1.Agent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.contacts && message.contacts.length))
                                message.contacts = [];
                            message.contacts.push($root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agentSurveys && message.agentSurveys.length))
                                message.agentSurveys = [];
                            message.agentSurveys.push($root.switchboard.v1.AgentSurvey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.floorStats = $root.switchboard.v1.FloorStats.decode(reader, reader.size(), $undefined, _depth + 1, message.floorStats);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contactsTotal = value;
                            else
                                delete message.contactsTotal;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.nextCursor = reader.stringVerify();
                            message._nextCursor = "nextCursor";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.agentsTotal = value;
                            else
                                delete message.agentsTotal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Snapshot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.queues != null && $Object.hasOwnProperty.call(message, "queues")) {
                    if (!$Array.isArray(message.queues))
                        return "queues: array expected";
                    for (let i = 0; i < message.queues.length; ++i) {
                        let error = $root.switchboard.v1.QueueView.verify(message.queues[i], _depth + 1);
                        if (error)
                            return "queues." + error;
                    }
                }
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (let i = 0; i < message.agents.length; ++i) {
                        let error = $root.switchboard.v1.Agent.verify(message.agents[i], _depth + 1);
                        if (error)
                            return "agents." + error;
                    }
                }
                if (message.contacts != null && $Object.hasOwnProperty.call(message, "contacts")) {
                    if (!$Array.isArray(message.contacts))
                        return "contacts: array expected";
                    for (let i = 0; i < message.contacts.length; ++i) {
                        let error = $root.switchboard.v1.Contact.verify(message.contacts[i], _depth + 1);
                        if (error)
                            return "contacts." + error;
                    }
                }
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (typeof message.at !== "number")
                        return "at: number expected";
                if (message.agentSurveys != null && $Object.hasOwnProperty.call(message, "agentSurveys")) {
                    if (!$Array.isArray(message.agentSurveys))
                        return "agentSurveys: array expected";
                    for (let i = 0; i < message.agentSurveys.length; ++i) {
                        let error = $root.switchboard.v1.AgentSurvey.verify(message.agentSurveys[i], _depth + 1);
                        if (error)
                            return "agentSurveys." + error;
                    }
                }
                if (message.floorStats != null && $Object.hasOwnProperty.call(message, "floorStats")) {
                    let error = $root.switchboard.v1.FloorStats.verify(message.floorStats, _depth + 1);
                    if (error)
                        return "floorStats." + error;
                }
                if (message.contactsTotal != null && $Object.hasOwnProperty.call(message, "contactsTotal"))
                    if (!$util.isInteger(message.contactsTotal))
                        return "contactsTotal: integer expected";
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor")) {
                    properties._nextCursor = 1;
                    if (!$util.isString(message.nextCursor))
                        return "nextCursor: string expected";
                }
                if (message.agentsTotal != null && $Object.hasOwnProperty.call(message, "agentsTotal"))
                    if (!$util.isInteger(message.agentsTotal))
                        return "agentsTotal: integer expected";
                return null;
            };

            Snapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Snapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Snapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Snapshot();
                if (object.queues) {
                    if (!$Array.isArray(object.queues))
                        throw $TypeError(".switchboard.v1.Snapshot.queues: array expected");
                    message.queues = $Array(object.queues.length);
                    for (let i = 0; i < object.queues.length; ++i) {
                        if (!$util.isObject(object.queues[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.queues: object expected");
                        message.queues[i] = $root.switchboard.v1.QueueView.fromObject(object.queues[i], _depth + 1);
                    }
                }
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".switchboard.v1.Snapshot.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (let i = 0; i < object.agents.length; ++i) {
                        if (!$util.isObject(object.agents[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.agents: object expected");
                        message.agents[i] = $root.switchboard.v1.Agent.fromObject(object.agents[i], _depth + 1);
                    }
                }
                if (object.contacts) {
                    if (!$Array.isArray(object.contacts))
                        throw $TypeError(".switchboard.v1.Snapshot.contacts: array expected");
                    message.contacts = $Array(object.contacts.length);
                    for (let i = 0; i < object.contacts.length; ++i) {
                        if (!$util.isObject(object.contacts[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.contacts: object expected");
                        message.contacts[i] = $root.switchboard.v1.Contact.fromObject(object.contacts[i], _depth + 1);
                    }
                }
                if (object.at != null)
                    if (!$Object.is($Number(object.at), 0))
                        message.at = $Number(object.at);
                if (object.agentSurveys) {
                    if (!$Array.isArray(object.agentSurveys))
                        throw $TypeError(".switchboard.v1.Snapshot.agentSurveys: array expected");
                    message.agentSurveys = $Array(object.agentSurveys.length);
                    for (let i = 0; i < object.agentSurveys.length; ++i) {
                        if (!$util.isObject(object.agentSurveys[i]))
                            throw $TypeError(".switchboard.v1.Snapshot.agentSurveys: object expected");
                        message.agentSurveys[i] = $root.switchboard.v1.AgentSurvey.fromObject(object.agentSurveys[i], _depth + 1);
                    }
                }
                if (object.floorStats != null) {
                    if (!$util.isObject(object.floorStats))
                        throw $TypeError(".switchboard.v1.Snapshot.floorStats: object expected");
                    message.floorStats = $root.switchboard.v1.FloorStats.fromObject(object.floorStats, _depth + 1);
                }
                if (object.contactsTotal != null)
                    if ($Number(object.contactsTotal) !== 0)
                        message.contactsTotal = object.contactsTotal >>> 0;
                if (object.nextCursor != null)
                    message.nextCursor = $String(object.nextCursor);
                if (object.agentsTotal != null)
                    if ($Number(object.agentsTotal) !== 0)
                        message.agentsTotal = object.agentsTotal >>> 0;
                return message;
            };

            Snapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.queues = [];
                    object.agents = [];
                    object.contacts = [];
                    object.agentSurveys = [];
                }
                if (options.defaults) {
                    object.at = 0;
                    object.floorStats = null;
                    object.contactsTotal = 0;
                    object.agentsTotal = 0;
                }
                if (message.queues && message.queues.length) {
                    object.queues = $Array(message.queues.length);
                    for (let j = 0; j < message.queues.length; ++j)
                        object.queues[j] = $root.switchboard.v1.QueueView.toObject(message.queues[j], options, _depth + 1);
                }
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (let j = 0; j < message.agents.length; ++j)
                        object.agents[j] = $root.switchboard.v1.Agent.toObject(message.agents[j], options, _depth + 1);
                }
                if (message.contacts && message.contacts.length) {
                    object.contacts = $Array(message.contacts.length);
                    for (let j = 0; j < message.contacts.length; ++j)
                        object.contacts[j] = $root.switchboard.v1.Contact.toObject(message.contacts[j], options, _depth + 1);
                }
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                if (message.agentSurveys && message.agentSurveys.length) {
                    object.agentSurveys = $Array(message.agentSurveys.length);
                    for (let j = 0; j < message.agentSurveys.length; ++j)
                        object.agentSurveys[j] = $root.switchboard.v1.AgentSurvey.toObject(message.agentSurveys[j], options, _depth + 1);
                }
                if (message.floorStats != null && $Object.hasOwnProperty.call(message, "floorStats"))
                    object.floorStats = $root.switchboard.v1.FloorStats.toObject(message.floorStats, options, _depth + 1);
                if (message.contactsTotal != null && $Object.hasOwnProperty.call(message, "contactsTotal"))
                    object.contactsTotal = message.contactsTotal;
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor"))
                    object.nextCursor = message.nextCursor;
                if (message.agentsTotal != null && $Object.hasOwnProperty.call(message, "agentsTotal"))
                    object.agentsTotal = message.agentsTotal;
                return object;
            };

            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Snapshot;
        })();

        v1.FloorStats = (function() {

            const FloorStats = function (properties) {
                this.queues = [];
                this.agents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FloorStats.prototype.since = 0;
            FloorStats.prototype.resetsAt = null;
            FloorStats.prototype.queues = $util.emptyArray;
            FloorStats.prototype.agents = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(FloorStats.prototype, "_resetsAt", {
                get: $util.oneOfGetter($oneOfFields = ["resetsAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            FloorStats.create = function(properties) {
                return new FloorStats(properties);
            };

            FloorStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.since != null && $Object.hasOwnProperty.call(message, "since") && !$Object.is(message.since, 0))
                    writer.uint32(9).double(message.since);
                if (message.resetsAt != null && $Object.hasOwnProperty.call(message, "resetsAt"))
                    writer.uint32(17).double(message.resetsAt);
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        $root.switchboard.v1.QueueCounters.encode(message.queues[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.agents != null && message.agents.length)
                    for (let i = 0; i < message.agents.length; ++i)
                        $root.switchboard.v1.AgentSurveyCounters.encode(message.agents[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FloorStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.FloorStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.since = value;
                            else
                                delete message.since;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.resetsAt = reader.double();
                            message._resetsAt = "resetsAt";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push($root.switchboard.v1.QueueCounters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.agents && message.agents.length))
                                message.agents = [];
                            message.agents.push($root.switchboard.v1.AgentSurveyCounters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FloorStats.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    if (typeof message.since !== "number")
                        return "since: number expected";
                if (message.resetsAt != null && $Object.hasOwnProperty.call(message, "resetsAt")) {
                    properties._resetsAt = 1;
                    if (typeof message.resetsAt !== "number")
                        return "resetsAt: number expected";
                }
                if (message.queues != null && $Object.hasOwnProperty.call(message, "queues")) {
                    if (!$Array.isArray(message.queues))
                        return "queues: array expected";
                    for (let i = 0; i < message.queues.length; ++i) {
                        let error = $root.switchboard.v1.QueueCounters.verify(message.queues[i], _depth + 1);
                        if (error)
                            return "queues." + error;
                    }
                }
                if (message.agents != null && $Object.hasOwnProperty.call(message, "agents")) {
                    if (!$Array.isArray(message.agents))
                        return "agents: array expected";
                    for (let i = 0; i < message.agents.length; ++i) {
                        let error = $root.switchboard.v1.AgentSurveyCounters.verify(message.agents[i], _depth + 1);
                        if (error)
                            return "agents." + error;
                    }
                }
                return null;
            };

            FloorStats.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.FloorStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.FloorStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.FloorStats();
                if (object.since != null)
                    if (!$Object.is($Number(object.since), 0))
                        message.since = $Number(object.since);
                if (object.resetsAt != null)
                    message.resetsAt = $Number(object.resetsAt);
                if (object.queues) {
                    if (!$Array.isArray(object.queues))
                        throw $TypeError(".switchboard.v1.FloorStats.queues: array expected");
                    message.queues = $Array(object.queues.length);
                    for (let i = 0; i < object.queues.length; ++i) {
                        if (!$util.isObject(object.queues[i]))
                            throw $TypeError(".switchboard.v1.FloorStats.queues: object expected");
                        message.queues[i] = $root.switchboard.v1.QueueCounters.fromObject(object.queues[i], _depth + 1);
                    }
                }
                if (object.agents) {
                    if (!$Array.isArray(object.agents))
                        throw $TypeError(".switchboard.v1.FloorStats.agents: array expected");
                    message.agents = $Array(object.agents.length);
                    for (let i = 0; i < object.agents.length; ++i) {
                        if (!$util.isObject(object.agents[i]))
                            throw $TypeError(".switchboard.v1.FloorStats.agents: object expected");
                        message.agents[i] = $root.switchboard.v1.AgentSurveyCounters.fromObject(object.agents[i], _depth + 1);
                    }
                }
                return message;
            };

            FloorStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.queues = [];
                    object.agents = [];
                }
                if (options.defaults)
                    object.since = 0;
                if (message.since != null && $Object.hasOwnProperty.call(message, "since"))
                    object.since = options.json && !$isFinite(message.since) ? $String(message.since) : message.since;
                if (message.resetsAt != null && $Object.hasOwnProperty.call(message, "resetsAt"))
                    object.resetsAt = options.json && !$isFinite(message.resetsAt) ? $String(message.resetsAt) : message.resetsAt;
                if (message.queues && message.queues.length) {
                    object.queues = $Array(message.queues.length);
                    for (let j = 0; j < message.queues.length; ++j)
                        object.queues[j] = $root.switchboard.v1.QueueCounters.toObject(message.queues[j], options, _depth + 1);
                }
                if (message.agents && message.agents.length) {
                    object.agents = $Array(message.agents.length);
                    for (let j = 0; j < message.agents.length; ++j)
                        object.agents[j] = $root.switchboard.v1.AgentSurveyCounters.toObject(message.agents[j], options, _depth + 1);
                }
                return object;
            };

            FloorStats.prototype.toJSON = function() {
                return FloorStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FloorStats;
        })();

        v1.QueueCounters = (function() {

            const QueueCounters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            QueueCounters.prototype.queueId = "";
            QueueCounters.prototype.answered = 0;
            QueueCounters.prototype.answeredInSl = 0;
            QueueCounters.prototype.answerWaitMs = 0;
            QueueCounters.prototype.abandoned = 0;
            QueueCounters.prototype.transfers = 0;
            QueueCounters.prototype.escalations = 0;
            QueueCounters.prototype.callbacksScheduled = 0;
            QueueCounters.prototype.followUpsScheduled = 0;

            QueueCounters.create = function(properties) {
                return new QueueCounters(properties);
            };

            QueueCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(10).string(message.queueId);
                if (message.answered != null && $Object.hasOwnProperty.call(message, "answered") && message.answered !== 0)
                    writer.uint32(16).uint32(message.answered);
                if (message.answeredInSl != null && $Object.hasOwnProperty.call(message, "answeredInSl") && message.answeredInSl !== 0)
                    writer.uint32(24).uint32(message.answeredInSl);
                if (message.answerWaitMs != null && $Object.hasOwnProperty.call(message, "answerWaitMs") && !$Object.is(message.answerWaitMs, 0))
                    writer.uint32(33).double(message.answerWaitMs);
                if (message.abandoned != null && $Object.hasOwnProperty.call(message, "abandoned") && message.abandoned !== 0)
                    writer.uint32(40).uint32(message.abandoned);
                if (message.transfers != null && $Object.hasOwnProperty.call(message, "transfers") && message.transfers !== 0)
                    writer.uint32(48).uint32(message.transfers);
                if (message.escalations != null && $Object.hasOwnProperty.call(message, "escalations") && message.escalations !== 0)
                    writer.uint32(56).uint32(message.escalations);
                if (message.callbacksScheduled != null && $Object.hasOwnProperty.call(message, "callbacksScheduled") && message.callbacksScheduled !== 0)
                    writer.uint32(64).uint32(message.callbacksScheduled);
                if (message.followUpsScheduled != null && $Object.hasOwnProperty.call(message, "followUpsScheduled") && message.followUpsScheduled !== 0)
                    writer.uint32(72).uint32(message.followUpsScheduled);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            QueueCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.QueueCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.answered = value;
                            else
                                delete message.answered;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.answeredInSl = value;
                            else
                                delete message.answeredInSl;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.answerWaitMs = value;
                            else
                                delete message.answerWaitMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.abandoned = value;
                            else
                                delete message.abandoned;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.transfers = value;
                            else
                                delete message.transfers;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.escalations = value;
                            else
                                delete message.escalations;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.callbacksScheduled = value;
                            else
                                delete message.callbacksScheduled;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.followUpsScheduled = value;
                            else
                                delete message.followUpsScheduled;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            QueueCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.answered != null && $Object.hasOwnProperty.call(message, "answered"))
                    if (!$util.isInteger(message.answered))
                        return "answered: integer expected";
                if (message.answeredInSl != null && $Object.hasOwnProperty.call(message, "answeredInSl"))
                    if (!$util.isInteger(message.answeredInSl))
                        return "answeredInSl: integer expected";
                if (message.answerWaitMs != null && $Object.hasOwnProperty.call(message, "answerWaitMs"))
                    if (typeof message.answerWaitMs !== "number")
                        return "answerWaitMs: number expected";
                if (message.abandoned != null && $Object.hasOwnProperty.call(message, "abandoned"))
                    if (!$util.isInteger(message.abandoned))
                        return "abandoned: integer expected";
                if (message.transfers != null && $Object.hasOwnProperty.call(message, "transfers"))
                    if (!$util.isInteger(message.transfers))
                        return "transfers: integer expected";
                if (message.escalations != null && $Object.hasOwnProperty.call(message, "escalations"))
                    if (!$util.isInteger(message.escalations))
                        return "escalations: integer expected";
                if (message.callbacksScheduled != null && $Object.hasOwnProperty.call(message, "callbacksScheduled"))
                    if (!$util.isInteger(message.callbacksScheduled))
                        return "callbacksScheduled: integer expected";
                if (message.followUpsScheduled != null && $Object.hasOwnProperty.call(message, "followUpsScheduled"))
                    if (!$util.isInteger(message.followUpsScheduled))
                        return "followUpsScheduled: integer expected";
                return null;
            };

            QueueCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.QueueCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.QueueCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.QueueCounters();
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.answered != null)
                    if ($Number(object.answered) !== 0)
                        message.answered = object.answered >>> 0;
                if (object.answeredInSl != null)
                    if ($Number(object.answeredInSl) !== 0)
                        message.answeredInSl = object.answeredInSl >>> 0;
                if (object.answerWaitMs != null)
                    if (!$Object.is($Number(object.answerWaitMs), 0))
                        message.answerWaitMs = $Number(object.answerWaitMs);
                if (object.abandoned != null)
                    if ($Number(object.abandoned) !== 0)
                        message.abandoned = object.abandoned >>> 0;
                if (object.transfers != null)
                    if ($Number(object.transfers) !== 0)
                        message.transfers = object.transfers >>> 0;
                if (object.escalations != null)
                    if ($Number(object.escalations) !== 0)
                        message.escalations = object.escalations >>> 0;
                if (object.callbacksScheduled != null)
                    if ($Number(object.callbacksScheduled) !== 0)
                        message.callbacksScheduled = object.callbacksScheduled >>> 0;
                if (object.followUpsScheduled != null)
                    if ($Number(object.followUpsScheduled) !== 0)
                        message.followUpsScheduled = object.followUpsScheduled >>> 0;
                return message;
            };

            QueueCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.queueId = "";
                    object.answered = 0;
                    object.answeredInSl = 0;
                    object.answerWaitMs = 0;
                    object.abandoned = 0;
                    object.transfers = 0;
                    object.escalations = 0;
                    object.callbacksScheduled = 0;
                    object.followUpsScheduled = 0;
                }
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.answered != null && $Object.hasOwnProperty.call(message, "answered"))
                    object.answered = message.answered;
                if (message.answeredInSl != null && $Object.hasOwnProperty.call(message, "answeredInSl"))
                    object.answeredInSl = message.answeredInSl;
                if (message.answerWaitMs != null && $Object.hasOwnProperty.call(message, "answerWaitMs"))
                    object.answerWaitMs = options.json && !$isFinite(message.answerWaitMs) ? $String(message.answerWaitMs) : message.answerWaitMs;
                if (message.abandoned != null && $Object.hasOwnProperty.call(message, "abandoned"))
                    object.abandoned = message.abandoned;
                if (message.transfers != null && $Object.hasOwnProperty.call(message, "transfers"))
                    object.transfers = message.transfers;
                if (message.escalations != null && $Object.hasOwnProperty.call(message, "escalations"))
                    object.escalations = message.escalations;
                if (message.callbacksScheduled != null && $Object.hasOwnProperty.call(message, "callbacksScheduled"))
                    object.callbacksScheduled = message.callbacksScheduled;
                if (message.followUpsScheduled != null && $Object.hasOwnProperty.call(message, "followUpsScheduled"))
                    object.followUpsScheduled = message.followUpsScheduled;
                return object;
            };

            QueueCounters.prototype.toJSON = function() {
                return QueueCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            return QueueCounters;
        })();

        v1.AgentSurveyCounters = (function() {

            const AgentSurveyCounters = function (properties) {
                this.noReasons = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentSurveyCounters.prototype.agentId = "";
            AgentSurveyCounters.prototype.yes = 0;
            AgentSurveyCounters.prototype.no = 0;
            AgentSurveyCounters.prototype.noReasons = $util.emptyObject;

            AgentSurveyCounters.create = function(properties) {
                return new AgentSurveyCounters(properties);
            };

            AgentSurveyCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes") && message.yes !== 0)
                    writer.uint32(16).uint32(message.yes);
                if (message.no != null && $Object.hasOwnProperty.call(message, "no") && message.no !== 0)
                    writer.uint32(24).uint32(message.no);
                if (message.noReasons != null && $Object.hasOwnProperty.call(message, "noReasons"))
                    for (let keys = $Object.keys(message.noReasons), i = 0; i < keys.length; ++i)
                        writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(16).uint32(message.noReasons[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentSurveyCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentSurveyCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.yes = value;
                            else
                                delete message.yes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.no = value;
                            else
                                delete message.no;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.noReasons === $util.emptyObject)
                                message.noReasons = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.noReasons, key);
                            message.noReasons[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentSurveyCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes"))
                    if (!$util.isInteger(message.yes))
                        return "yes: integer expected";
                if (message.no != null && $Object.hasOwnProperty.call(message, "no"))
                    if (!$util.isInteger(message.no))
                        return "no: integer expected";
                if (message.noReasons != null && $Object.hasOwnProperty.call(message, "noReasons")) {
                    if (!$util.isObject(message.noReasons))
                        return "noReasons: object expected";
                    let key = $Object.keys(message.noReasons);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.noReasons[key[i]]))
                            return "noReasons: integer{k:string} expected";
                }
                return null;
            };

            AgentSurveyCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentSurveyCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentSurveyCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentSurveyCounters();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.yes != null)
                    if ($Number(object.yes) !== 0)
                        message.yes = object.yes >>> 0;
                if (object.no != null)
                    if ($Number(object.no) !== 0)
                        message.no = object.no >>> 0;
                if (object.noReasons) {
                    if (!$util.isObject(object.noReasons))
                        throw $TypeError(".switchboard.v1.AgentSurveyCounters.noReasons: object expected");
                    message.noReasons = {};
                    for (let keys = $Object.keys(object.noReasons), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.noReasons, keys[i]);
                        message.noReasons[keys[i]] = object.noReasons[keys[i]] >>> 0;
                    }
                }
                return message;
            };

            AgentSurveyCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.noReasons = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.yes = 0;
                    object.no = 0;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes"))
                    object.yes = message.yes;
                if (message.no != null && $Object.hasOwnProperty.call(message, "no"))
                    object.no = message.no;
                let keys2;
                if (message.noReasons && (keys2 = $Object.keys(message.noReasons)).length) {
                    object.noReasons = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.noReasons, keys2[j]);
                        object.noReasons[keys2[j]] = message.noReasons[keys2[j]];
                    }
                }
                return object;
            };

            AgentSurveyCounters.prototype.toJSON = function() {
                return AgentSurveyCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentSurveyCounters;
        })();

        v1.AgentSurvey = (function() {

            const AgentSurvey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentSurvey.prototype.agentId = "";
            AgentSurvey.prototype.yes = 0;
            AgentSurvey.prototype.no = 0;

            AgentSurvey.create = function(properties) {
                return new AgentSurvey(properties);
            };

            AgentSurvey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes") && message.yes !== 0)
                    writer.uint32(16).uint32(message.yes);
                if (message.no != null && $Object.hasOwnProperty.call(message, "no") && message.no !== 0)
                    writer.uint32(24).uint32(message.no);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentSurvey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentSurvey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.yes = value;
                            else
                                delete message.yes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.no = value;
                            else
                                delete message.no;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentSurvey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes"))
                    if (!$util.isInteger(message.yes))
                        return "yes: integer expected";
                if (message.no != null && $Object.hasOwnProperty.call(message, "no"))
                    if (!$util.isInteger(message.no))
                        return "no: integer expected";
                return null;
            };

            AgentSurvey.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentSurvey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentSurvey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentSurvey();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.yes != null)
                    if ($Number(object.yes) !== 0)
                        message.yes = object.yes >>> 0;
                if (object.no != null)
                    if ($Number(object.no) !== 0)
                        message.no = object.no >>> 0;
                return message;
            };

            AgentSurvey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.yes = 0;
                    object.no = 0;
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.yes != null && $Object.hasOwnProperty.call(message, "yes"))
                    object.yes = message.yes;
                if (message.no != null && $Object.hasOwnProperty.call(message, "no"))
                    object.no = message.no;
                return object;
            };

            AgentSurvey.prototype.toJSON = function() {
                return AgentSurvey.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentSurvey;
        })();

        v1.QueueView = (function() {

            const QueueView = function (properties) {
                this.channels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            QueueView.prototype.id = "";
            QueueView.prototype.name = "";
            QueueView.prototype.channels = $util.emptyArray;
            QueueView.prototype.waiting = 0;
            QueueView.prototype.oldestArrival = null;
            QueueView.prototype.callbacks = 0;
            QueueView.prototype.followUps = 0;
            QueueView.prototype.repeatsWaiting = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QueueView.prototype, "_oldestArrival", {
                get: $util.oneOfGetter($oneOfFields = ["oldestArrival"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            QueueView.create = function(properties) {
                return new QueueView(properties);
            };

            QueueView.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.channels != null && message.channels.length)
                    for (let i = 0; i < message.channels.length; ++i)
                        writer.uint32(26).string(message.channels[i]);
                if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting") && message.waiting !== 0)
                    writer.uint32(32).uint32(message.waiting);
                if (message.oldestArrival != null && $Object.hasOwnProperty.call(message, "oldestArrival"))
                    writer.uint32(41).double(message.oldestArrival);
                if (message.callbacks != null && $Object.hasOwnProperty.call(message, "callbacks") && message.callbacks !== 0)
                    writer.uint32(48).uint32(message.callbacks);
                if (message.followUps != null && $Object.hasOwnProperty.call(message, "followUps") && message.followUps !== 0)
                    writer.uint32(56).uint32(message.followUps);
                if (message.repeatsWaiting != null && $Object.hasOwnProperty.call(message, "repeatsWaiting") && message.repeatsWaiting !== 0)
                    writer.uint32(64).uint32(message.repeatsWaiting);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            QueueView.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.QueueView();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.channels && message.channels.length))
                                message.channels = [];
                            message.channels.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waiting = value;
                            else
                                delete message.waiting;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.oldestArrival = reader.double();
                            message._oldestArrival = "oldestArrival";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.callbacks = value;
                            else
                                delete message.callbacks;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.followUps = value;
                            else
                                delete message.followUps;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.repeatsWaiting = value;
                            else
                                delete message.repeatsWaiting;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            QueueView.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels")) {
                    if (!$Array.isArray(message.channels))
                        return "channels: array expected";
                    for (let i = 0; i < message.channels.length; ++i)
                        if (!$util.isString(message.channels[i]))
                            return "channels: string[] expected";
                }
                if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting"))
                    if (!$util.isInteger(message.waiting))
                        return "waiting: integer expected";
                if (message.oldestArrival != null && $Object.hasOwnProperty.call(message, "oldestArrival")) {
                    properties._oldestArrival = 1;
                    if (typeof message.oldestArrival !== "number")
                        return "oldestArrival: number expected";
                }
                if (message.callbacks != null && $Object.hasOwnProperty.call(message, "callbacks"))
                    if (!$util.isInteger(message.callbacks))
                        return "callbacks: integer expected";
                if (message.followUps != null && $Object.hasOwnProperty.call(message, "followUps"))
                    if (!$util.isInteger(message.followUps))
                        return "followUps: integer expected";
                if (message.repeatsWaiting != null && $Object.hasOwnProperty.call(message, "repeatsWaiting"))
                    if (!$util.isInteger(message.repeatsWaiting))
                        return "repeatsWaiting: integer expected";
                return null;
            };

            QueueView.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.QueueView)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.QueueView: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.QueueView();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.channels) {
                    if (!$Array.isArray(object.channels))
                        throw $TypeError(".switchboard.v1.QueueView.channels: array expected");
                    message.channels = $Array(object.channels.length);
                    for (let i = 0; i < object.channels.length; ++i)
                        message.channels[i] = $String(object.channels[i]);
                }
                if (object.waiting != null)
                    if ($Number(object.waiting) !== 0)
                        message.waiting = object.waiting >>> 0;
                if (object.oldestArrival != null)
                    message.oldestArrival = $Number(object.oldestArrival);
                if (object.callbacks != null)
                    if ($Number(object.callbacks) !== 0)
                        message.callbacks = object.callbacks >>> 0;
                if (object.followUps != null)
                    if ($Number(object.followUps) !== 0)
                        message.followUps = object.followUps >>> 0;
                if (object.repeatsWaiting != null)
                    if ($Number(object.repeatsWaiting) !== 0)
                        message.repeatsWaiting = object.repeatsWaiting >>> 0;
                return message;
            };

            QueueView.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.channels = [];
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object.waiting = 0;
                    object.callbacks = 0;
                    object.followUps = 0;
                    object.repeatsWaiting = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.channels && message.channels.length) {
                    object.channels = $Array(message.channels.length);
                    for (let j = 0; j < message.channels.length; ++j)
                        object.channels[j] = message.channels[j];
                }
                if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting"))
                    object.waiting = message.waiting;
                if (message.oldestArrival != null && $Object.hasOwnProperty.call(message, "oldestArrival"))
                    object.oldestArrival = options.json && !$isFinite(message.oldestArrival) ? $String(message.oldestArrival) : message.oldestArrival;
                if (message.callbacks != null && $Object.hasOwnProperty.call(message, "callbacks"))
                    object.callbacks = message.callbacks;
                if (message.followUps != null && $Object.hasOwnProperty.call(message, "followUps"))
                    object.followUps = message.followUps;
                if (message.repeatsWaiting != null && $Object.hasOwnProperty.call(message, "repeatsWaiting"))
                    object.repeatsWaiting = message.repeatsWaiting;
                return object;
            };

            QueueView.prototype.toJSON = function() {
                return QueueView.toObject(this, $protobuf.util.toJSONOptions);
            };

            return QueueView;
        })();

        v1.AgentProfile = (function() {

            const AgentProfile = function (properties) {
                this.skills = {};
                this.languages = [];
                this.capacity = {};
                this.queues = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentProfile.prototype.skills = $util.emptyObject;
            AgentProfile.prototype.languages = $util.emptyArray;
            AgentProfile.prototype.capacity = $util.emptyObject;
            AgentProfile.prototype.queues = $util.emptyArray;

            AgentProfile.create = function(properties) {
                return new AgentProfile(properties);
            };

            AgentProfile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills"))
                    for (let keys = $Object.keys(message.skills), i = 0; i < keys.length; ++i)
                        writer.uint32(10).fork().uint32(10).string(keys[i]).uint32(16).int32(message.skills[keys[i]]).ldelim();
                if (message.languages != null && message.languages.length)
                    for (let i = 0; i < message.languages.length; ++i)
                        writer.uint32(18).string(message.languages[i]);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    for (let keys = $Object.keys(message.capacity), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(16).int32(message.capacity[keys[i]]).ldelim();
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        writer.uint32(34).string(message.queues[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentProfile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentProfile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.skills === $util.emptyObject)
                                message.skills = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.skills, key);
                            message.skills[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.languages && message.languages.length))
                                message.languages = [];
                            message.languages.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.capacity === $util.emptyObject)
                                message.capacity = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.capacity, key);
                            message.capacity[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentProfile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills")) {
                    if (!$util.isObject(message.skills))
                        return "skills: object expected";
                    let key = $Object.keys(message.skills);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.skills[key[i]]))
                            return "skills: integer{k:string} expected";
                }
                if (message.languages != null && $Object.hasOwnProperty.call(message, "languages")) {
                    if (!$Array.isArray(message.languages))
                        return "languages: array expected";
                    for (let i = 0; i < message.languages.length; ++i)
                        if (!$util.isString(message.languages[i]))
                            return "languages: string[] expected";
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity")) {
                    if (!$util.isObject(message.capacity))
                        return "capacity: object expected";
                    let key = $Object.keys(message.capacity);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.capacity[key[i]]))
                            return "capacity: integer{k:string} expected";
                }
                if (message.queues != null && $Object.hasOwnProperty.call(message, "queues")) {
                    if (!$Array.isArray(message.queues))
                        return "queues: array expected";
                    for (let i = 0; i < message.queues.length; ++i)
                        if (!$util.isString(message.queues[i]))
                            return "queues: string[] expected";
                }
                return null;
            };

            AgentProfile.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentProfile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentProfile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentProfile();
                if (object.skills) {
                    if (!$util.isObject(object.skills))
                        throw $TypeError(".switchboard.v1.AgentProfile.skills: object expected");
                    message.skills = {};
                    for (let keys = $Object.keys(object.skills), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.skills, keys[i]);
                        message.skills[keys[i]] = object.skills[keys[i]] | 0;
                    }
                }
                if (object.languages) {
                    if (!$Array.isArray(object.languages))
                        throw $TypeError(".switchboard.v1.AgentProfile.languages: array expected");
                    message.languages = $Array(object.languages.length);
                    for (let i = 0; i < object.languages.length; ++i)
                        message.languages[i] = $String(object.languages[i]);
                }
                if (object.capacity) {
                    if (!$util.isObject(object.capacity))
                        throw $TypeError(".switchboard.v1.AgentProfile.capacity: object expected");
                    message.capacity = {};
                    for (let keys = $Object.keys(object.capacity), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.capacity, keys[i]);
                        message.capacity[keys[i]] = object.capacity[keys[i]] | 0;
                    }
                }
                if (object.queues) {
                    if (!$Array.isArray(object.queues))
                        throw $TypeError(".switchboard.v1.AgentProfile.queues: array expected");
                    message.queues = $Array(object.queues.length);
                    for (let i = 0; i < object.queues.length; ++i)
                        message.queues[i] = $String(object.queues[i]);
                }
                return message;
            };

            AgentProfile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.languages = [];
                    object.queues = [];
                }
                if (options.objects || options.defaults) {
                    object.skills = {};
                    object.capacity = {};
                }
                let keys2;
                if (message.skills && (keys2 = $Object.keys(message.skills)).length) {
                    object.skills = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.skills, keys2[j]);
                        object.skills[keys2[j]] = message.skills[keys2[j]];
                    }
                }
                if (message.languages && message.languages.length) {
                    object.languages = $Array(message.languages.length);
                    for (let j = 0; j < message.languages.length; ++j)
                        object.languages[j] = message.languages[j];
                }
                if (message.capacity && (keys2 = $Object.keys(message.capacity)).length) {
                    object.capacity = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.capacity, keys2[j]);
                        object.capacity[keys2[j]] = message.capacity[keys2[j]];
                    }
                }
                if (message.queues && message.queues.length) {
                    object.queues = $Array(message.queues.length);
                    for (let j = 0; j < message.queues.length; ++j)
                        object.queues[j] = message.queues[j];
                }
                return object;
            };

            AgentProfile.prototype.toJSON = function() {
                return AgentProfile.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentProfile;
        })();

        v1.Customer = (function() {

            const Customer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Customer.prototype.id = "";
            Customer.prototype.tier = "";

            Customer.create = function(properties) {
                return new Customer(properties);
            };

            Customer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier") && message.tier !== "")
                    writer.uint32(18).string(message.tier);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Customer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Customer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tier = value;
                            else
                                delete message.tier;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Customer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    if (!$util.isString(message.tier))
                        return "tier: string expected";
                return null;
            };

            Customer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Customer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Customer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Customer();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.tier != null)
                    if (typeof object.tier !== "string" || object.tier.length)
                        message.tier = $String(object.tier);
                return message;
            };

            Customer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.tier = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    object.tier = message.tier;
                return object;
            };

            Customer.prototype.toJSON = function() {
                return Customer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Customer;
        })();

        v1.Agent = (function() {

            const Agent = function (properties) {
                this.contacts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Agent.prototype.id = "";
            Agent.prototype.profile = null;
            Agent.prototype.presence = "";
            Agent.prototype.awayReason = null;
            Agent.prototype.status = "";
            Agent.prototype.contacts = $util.emptyArray;
            Agent.prototype.presenceSince = 0;
            Agent.prototype.loginSeq = 0;
            Agent.prototype.stateSince = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Agent.prototype, "_awayReason", {
                get: $util.oneOfGetter($oneOfFields = ["awayReason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Agent.create = function(properties) {
                return new Agent(properties);
            };

            Agent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    $root.switchboard.v1.AgentProfile.encode(message.profile, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence") && message.presence !== "")
                    writer.uint32(26).string(message.presence);
                if (message.awayReason != null && $Object.hasOwnProperty.call(message, "awayReason"))
                    writer.uint32(34).string(message.awayReason);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(42).string(message.status);
                if (message.contacts != null && message.contacts.length)
                    for (let i = 0; i < message.contacts.length; ++i)
                        writer.uint32(50).string(message.contacts[i]);
                if (message.presenceSince != null && $Object.hasOwnProperty.call(message, "presenceSince") && !$Object.is(message.presenceSince, 0))
                    writer.uint32(57).double(message.presenceSince);
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq") && message.loginSeq !== 0)
                    writer.uint32(64).uint32(message.loginSeq);
                if (message.stateSince != null && $Object.hasOwnProperty.call(message, "stateSince") && !$Object.is(message.stateSince, 0))
                    writer.uint32(73).double(message.stateSince);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Agent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Agent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.profile = $root.switchboard.v1.AgentProfile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presence = value;
                            else
                                delete message.presence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.awayReason = reader.stringVerify();
                            message._awayReason = "awayReason";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.contacts && message.contacts.length))
                                message.contacts = [];
                            message.contacts.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.presenceSince = value;
                            else
                                delete message.presenceSince;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loginSeq = value;
                            else
                                delete message.loginSeq;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stateSince = value;
                            else
                                delete message.stateSince;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Agent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                    let error = $root.switchboard.v1.AgentProfile.verify(message.profile, _depth + 1);
                    if (error)
                        return "profile." + error;
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                if (message.awayReason != null && $Object.hasOwnProperty.call(message, "awayReason")) {
                    properties._awayReason = 1;
                    if (!$util.isString(message.awayReason))
                        return "awayReason: string expected";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isString(message.status))
                        return "status: string expected";
                if (message.contacts != null && $Object.hasOwnProperty.call(message, "contacts")) {
                    if (!$Array.isArray(message.contacts))
                        return "contacts: array expected";
                    for (let i = 0; i < message.contacts.length; ++i)
                        if (!$util.isString(message.contacts[i]))
                            return "contacts: string[] expected";
                }
                if (message.presenceSince != null && $Object.hasOwnProperty.call(message, "presenceSince"))
                    if (typeof message.presenceSince !== "number")
                        return "presenceSince: number expected";
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq"))
                    if (!$util.isInteger(message.loginSeq))
                        return "loginSeq: integer expected";
                if (message.stateSince != null && $Object.hasOwnProperty.call(message, "stateSince"))
                    if (typeof message.stateSince !== "number")
                        return "stateSince: number expected";
                return null;
            };

            Agent.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Agent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Agent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Agent();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.profile != null) {
                    if (!$util.isObject(object.profile))
                        throw $TypeError(".switchboard.v1.Agent.profile: object expected");
                    message.profile = $root.switchboard.v1.AgentProfile.fromObject(object.profile, _depth + 1);
                }
                if (object.presence != null)
                    if (typeof object.presence !== "string" || object.presence.length)
                        message.presence = $String(object.presence);
                if (object.awayReason != null)
                    message.awayReason = $String(object.awayReason);
                if (object.status != null)
                    if (typeof object.status !== "string" || object.status.length)
                        message.status = $String(object.status);
                if (object.contacts) {
                    if (!$Array.isArray(object.contacts))
                        throw $TypeError(".switchboard.v1.Agent.contacts: array expected");
                    message.contacts = $Array(object.contacts.length);
                    for (let i = 0; i < object.contacts.length; ++i)
                        message.contacts[i] = $String(object.contacts[i]);
                }
                if (object.presenceSince != null)
                    if (!$Object.is($Number(object.presenceSince), 0))
                        message.presenceSince = $Number(object.presenceSince);
                if (object.loginSeq != null)
                    if ($Number(object.loginSeq) !== 0)
                        message.loginSeq = object.loginSeq >>> 0;
                if (object.stateSince != null)
                    if (!$Object.is($Number(object.stateSince), 0))
                        message.stateSince = $Number(object.stateSince);
                return message;
            };

            Agent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.contacts = [];
                if (options.defaults) {
                    object.id = "";
                    object.profile = null;
                    object.presence = "";
                    object.status = "";
                    object.presenceSince = 0;
                    object.loginSeq = 0;
                    object.stateSince = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = $root.switchboard.v1.AgentProfile.toObject(message.profile, options, _depth + 1);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.awayReason != null && $Object.hasOwnProperty.call(message, "awayReason"))
                    object.awayReason = message.awayReason;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.contacts && message.contacts.length) {
                    object.contacts = $Array(message.contacts.length);
                    for (let j = 0; j < message.contacts.length; ++j)
                        object.contacts[j] = message.contacts[j];
                }
                if (message.presenceSince != null && $Object.hasOwnProperty.call(message, "presenceSince"))
                    object.presenceSince = options.json && !$isFinite(message.presenceSince) ? $String(message.presenceSince) : message.presenceSince;
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq"))
                    object.loginSeq = message.loginSeq;
                if (message.stateSince != null && $Object.hasOwnProperty.call(message, "stateSince"))
                    object.stateSince = options.json && !$isFinite(message.stateSince) ? $String(message.stateSince) : message.stateSince;
                return object;
            };

            Agent.prototype.toJSON = function() {
                return Agent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Agent;
        })();

        v1.Contact = (function() {

            const Contact = function (properties) {
                this.skills = {};
                this.transfers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Contact.prototype.id = "";
            Contact.prototype.queueId = "";
            Contact.prototype.channel = "";
            Contact.prototype.language = "";
            Contact.prototype.skills = $util.emptyObject;
            Contact.prototype.customer = null;
            Contact.prototype.priority = 0;
            Contact.prototype.firstArrival = 0;
            Contact.prototype.virtualArrival = 0;
            Contact.prototype.seq = 0;
            Contact.prototype.preferredAgentId = null;
            Contact.prototype.context = null;
            Contact.prototype.state = "";
            Contact.prototype.step = 0;
            Contact.prototype.agentId = null;
            Contact.prototype.deadline = null;
            Contact.prototype.connectedAt = null;
            Contact.prototype.onHold = false;
            Contact.prototype.externalId = null;
            Contact.prototype.repeatOf = null;
            Contact.prototype.disposition = null;
            Contact.prototype.notes = null;
            Contact.prototype.transfers = $util.emptyArray;
            Contact.prototype.consultBy = null;
            Contact.prototype.handoff = null;
            Contact.prototype.callback = null;
            Contact.prototype.followUp = null;
            Contact.prototype.summary = false;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_preferredAgentId", {
                get: $util.oneOfGetter($oneOfFields = ["preferredAgentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_agentId", {
                get: $util.oneOfGetter($oneOfFields = ["agentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_deadline", {
                get: $util.oneOfGetter($oneOfFields = ["deadline"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_connectedAt", {
                get: $util.oneOfGetter($oneOfFields = ["connectedAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_externalId", {
                get: $util.oneOfGetter($oneOfFields = ["externalId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_repeatOf", {
                get: $util.oneOfGetter($oneOfFields = ["repeatOf"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Contact.prototype, "_consultBy", {
                get: $util.oneOfGetter($oneOfFields = ["consultBy"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Contact.create = function(properties) {
                return new Contact(properties);
            };

            Contact.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(18).string(message.queueId);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(26).string(message.channel);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(34).string(message.language);
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills"))
                    for (let keys = $Object.keys(message.skills), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(16).int32(message.skills[keys[i]]).ldelim();
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                    $root.switchboard.v1.Customer.encode(message.customer, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(56).int32(message.priority);
                if (message.firstArrival != null && $Object.hasOwnProperty.call(message, "firstArrival") && !$Object.is(message.firstArrival, 0))
                    writer.uint32(65).double(message.firstArrival);
                if (message.virtualArrival != null && $Object.hasOwnProperty.call(message, "virtualArrival") && !$Object.is(message.virtualArrival, 0))
                    writer.uint32(73).double(message.virtualArrival);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(80).uint32(message.seq);
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId"))
                    writer.uint32(90).string(message.preferredAgentId);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    $root.google.protobuf.Struct.encode(message.context, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(106).string(message.state);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(112).uint32(message.step);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    writer.uint32(122).string(message.agentId);
                if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                    writer.uint32(129).double(message.deadline);
                if (message.connectedAt != null && $Object.hasOwnProperty.call(message, "connectedAt"))
                    writer.uint32(137).double(message.connectedAt);
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold") && message.onHold !== false)
                    writer.uint32(144).bool(message.onHold);
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId"))
                    writer.uint32(154).string(message.externalId);
                if (message.repeatOf != null && $Object.hasOwnProperty.call(message, "repeatOf"))
                    writer.uint32(162).string(message.repeatOf);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(170).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(178).string(message.notes);
                if (message.transfers != null && message.transfers.length)
                    for (let i = 0; i < message.transfers.length; ++i)
                        $root.switchboard.v1.TransferRecord.encode(message.transfers[i], writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.consultBy != null && $Object.hasOwnProperty.call(message, "consultBy"))
                    writer.uint32(194).string(message.consultBy);
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                    $root.switchboard.v1.BotHandoff.encode(message.handoff, writer.uint32(202).fork(), _depth + 1).ldelim();
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                    $root.switchboard.v1.CallbackInfo.encode(message.callback, writer.uint32(210).fork(), _depth + 1).ldelim();
                if (message.followUp != null && $Object.hasOwnProperty.call(message, "followUp"))
                    $root.switchboard.v1.FollowUpInfo.encode(message.followUp, writer.uint32(218).fork(), _depth + 1).ldelim();
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary") && message.summary !== false)
                    writer.uint32(240).bool(message.summary);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Contact.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Contact();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.skills === $util.emptyObject)
                                message.skills = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.skills, key);
                            message.skills[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.customer = $root.switchboard.v1.Customer.decode(reader, reader.size(), $undefined, _depth + 1, message.customer);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.firstArrival = value;
                            else
                                delete message.firstArrival;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.virtualArrival = value;
                            else
                                delete message.virtualArrival;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.preferredAgentId = reader.stringVerify();
                            message._preferredAgentId = "preferredAgentId";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.context = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.context);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.agentId = reader.stringVerify();
                            message._agentId = "agentId";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            message.deadline = reader.double();
                            message._deadline = "deadline";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            message.connectedAt = reader.double();
                            message._connectedAt = "connectedAt";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onHold = value;
                            else
                                delete message.onHold;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.externalId = reader.stringVerify();
                            message._externalId = "externalId";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.repeatOf = reader.stringVerify();
                            message._repeatOf = "repeatOf";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transfers && message.transfers.length))
                                message.transfers = [];
                            message.transfers.push($root.switchboard.v1.TransferRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.consultBy = reader.stringVerify();
                            message._consultBy = "consultBy";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.handoff = $root.switchboard.v1.BotHandoff.decode(reader, reader.size(), $undefined, _depth + 1, message.handoff);
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.callback = $root.switchboard.v1.CallbackInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.callback);
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.followUp = $root.switchboard.v1.FollowUpInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.followUp);
                            continue;
                        }
                    case 30: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.summary = value;
                            else
                                delete message.summary;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Contact.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    if (!$util.isString(message.language))
                        return "language: string expected";
                if (message.skills != null && $Object.hasOwnProperty.call(message, "skills")) {
                    if (!$util.isObject(message.skills))
                        return "skills: object expected";
                    let key = $Object.keys(message.skills);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.skills[key[i]]))
                            return "skills: integer{k:string} expected";
                }
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer")) {
                    let error = $root.switchboard.v1.Customer.verify(message.customer, _depth + 1);
                    if (error)
                        return "customer." + error;
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                if (message.firstArrival != null && $Object.hasOwnProperty.call(message, "firstArrival"))
                    if (typeof message.firstArrival !== "number")
                        return "firstArrival: number expected";
                if (message.virtualArrival != null && $Object.hasOwnProperty.call(message, "virtualArrival"))
                    if (typeof message.virtualArrival !== "number")
                        return "virtualArrival: number expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId")) {
                    properties._preferredAgentId = 1;
                    if (!$util.isString(message.preferredAgentId))
                        return "preferredAgentId: string expected";
                }
                if (message.context != null && $Object.hasOwnProperty.call(message, "context")) {
                    let error = $root.google.protobuf.Struct.verify(message.context, _depth + 1);
                    if (error)
                        return "context." + error;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId")) {
                    properties._agentId = 1;
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                }
                if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline")) {
                    properties._deadline = 1;
                    if (typeof message.deadline !== "number")
                        return "deadline: number expected";
                }
                if (message.connectedAt != null && $Object.hasOwnProperty.call(message, "connectedAt")) {
                    properties._connectedAt = 1;
                    if (typeof message.connectedAt !== "number")
                        return "connectedAt: number expected";
                }
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold"))
                    if (typeof message.onHold !== "boolean")
                        return "onHold: boolean expected";
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId")) {
                    properties._externalId = 1;
                    if (!$util.isString(message.externalId))
                        return "externalId: string expected";
                }
                if (message.repeatOf != null && $Object.hasOwnProperty.call(message, "repeatOf")) {
                    properties._repeatOf = 1;
                    if (!$util.isString(message.repeatOf))
                        return "repeatOf: string expected";
                }
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                if (message.transfers != null && $Object.hasOwnProperty.call(message, "transfers")) {
                    if (!$Array.isArray(message.transfers))
                        return "transfers: array expected";
                    for (let i = 0; i < message.transfers.length; ++i) {
                        let error = $root.switchboard.v1.TransferRecord.verify(message.transfers[i], _depth + 1);
                        if (error)
                            return "transfers." + error;
                    }
                }
                if (message.consultBy != null && $Object.hasOwnProperty.call(message, "consultBy")) {
                    properties._consultBy = 1;
                    if (!$util.isString(message.consultBy))
                        return "consultBy: string expected";
                }
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff")) {
                    let error = $root.switchboard.v1.BotHandoff.verify(message.handoff, _depth + 1);
                    if (error)
                        return "handoff." + error;
                }
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback")) {
                    let error = $root.switchboard.v1.CallbackInfo.verify(message.callback, _depth + 1);
                    if (error)
                        return "callback." + error;
                }
                if (message.followUp != null && $Object.hasOwnProperty.call(message, "followUp")) {
                    let error = $root.switchboard.v1.FollowUpInfo.verify(message.followUp, _depth + 1);
                    if (error)
                        return "followUp." + error;
                }
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    if (typeof message.summary !== "boolean")
                        return "summary: boolean expected";
                return null;
            };

            Contact.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Contact)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Contact: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Contact();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.language != null)
                    if (typeof object.language !== "string" || object.language.length)
                        message.language = $String(object.language);
                if (object.skills) {
                    if (!$util.isObject(object.skills))
                        throw $TypeError(".switchboard.v1.Contact.skills: object expected");
                    message.skills = {};
                    for (let keys = $Object.keys(object.skills), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.skills, keys[i]);
                        message.skills[keys[i]] = object.skills[keys[i]] | 0;
                    }
                }
                if (object.customer != null) {
                    if (!$util.isObject(object.customer))
                        throw $TypeError(".switchboard.v1.Contact.customer: object expected");
                    message.customer = $root.switchboard.v1.Customer.fromObject(object.customer, _depth + 1);
                }
                if (object.priority != null)
                    if ($Number(object.priority) !== 0)
                        message.priority = object.priority | 0;
                if (object.firstArrival != null)
                    if (!$Object.is($Number(object.firstArrival), 0))
                        message.firstArrival = $Number(object.firstArrival);
                if (object.virtualArrival != null)
                    if (!$Object.is($Number(object.virtualArrival), 0))
                        message.virtualArrival = $Number(object.virtualArrival);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.preferredAgentId != null)
                    message.preferredAgentId = $String(object.preferredAgentId);
                if (object.context != null) {
                    if (!$util.isObject(object.context))
                        throw $TypeError(".switchboard.v1.Contact.context: object expected");
                    message.context = $root.google.protobuf.Struct.fromObject(object.context, _depth + 1);
                }
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.agentId != null)
                    message.agentId = $String(object.agentId);
                if (object.deadline != null)
                    message.deadline = $Number(object.deadline);
                if (object.connectedAt != null)
                    message.connectedAt = $Number(object.connectedAt);
                if (object.onHold != null)
                    if (object.onHold)
                        message.onHold = $Boolean(object.onHold);
                if (object.externalId != null)
                    message.externalId = $String(object.externalId);
                if (object.repeatOf != null)
                    message.repeatOf = $String(object.repeatOf);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                if (object.transfers) {
                    if (!$Array.isArray(object.transfers))
                        throw $TypeError(".switchboard.v1.Contact.transfers: array expected");
                    message.transfers = $Array(object.transfers.length);
                    for (let i = 0; i < object.transfers.length; ++i) {
                        if (!$util.isObject(object.transfers[i]))
                            throw $TypeError(".switchboard.v1.Contact.transfers: object expected");
                        message.transfers[i] = $root.switchboard.v1.TransferRecord.fromObject(object.transfers[i], _depth + 1);
                    }
                }
                if (object.consultBy != null)
                    message.consultBy = $String(object.consultBy);
                if (object.handoff != null) {
                    if (!$util.isObject(object.handoff))
                        throw $TypeError(".switchboard.v1.Contact.handoff: object expected");
                    message.handoff = $root.switchboard.v1.BotHandoff.fromObject(object.handoff, _depth + 1);
                }
                if (object.callback != null) {
                    if (!$util.isObject(object.callback))
                        throw $TypeError(".switchboard.v1.Contact.callback: object expected");
                    message.callback = $root.switchboard.v1.CallbackInfo.fromObject(object.callback, _depth + 1);
                }
                if (object.followUp != null) {
                    if (!$util.isObject(object.followUp))
                        throw $TypeError(".switchboard.v1.Contact.followUp: object expected");
                    message.followUp = $root.switchboard.v1.FollowUpInfo.fromObject(object.followUp, _depth + 1);
                }
                if (object.summary != null)
                    if (object.summary)
                        message.summary = $Boolean(object.summary);
                return message;
            };

            Contact.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.transfers = [];
                if (options.objects || options.defaults)
                    object.skills = {};
                if (options.defaults) {
                    object.id = "";
                    object.queueId = "";
                    object.channel = "";
                    object.language = "";
                    object.customer = null;
                    object.priority = 0;
                    object.firstArrival = 0;
                    object.virtualArrival = 0;
                    object.seq = 0;
                    object.context = null;
                    object.state = "";
                    object.step = 0;
                    object.onHold = false;
                    object.handoff = null;
                    object.callback = null;
                    object.followUp = null;
                    object.summary = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    object.language = message.language;
                let keys2;
                if (message.skills && (keys2 = $Object.keys(message.skills)).length) {
                    object.skills = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.skills, keys2[j]);
                        object.skills[keys2[j]] = message.skills[keys2[j]];
                    }
                }
                if (message.customer != null && $Object.hasOwnProperty.call(message, "customer"))
                    object.customer = $root.switchboard.v1.Customer.toObject(message.customer, options, _depth + 1);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.firstArrival != null && $Object.hasOwnProperty.call(message, "firstArrival"))
                    object.firstArrival = options.json && !$isFinite(message.firstArrival) ? $String(message.firstArrival) : message.firstArrival;
                if (message.virtualArrival != null && $Object.hasOwnProperty.call(message, "virtualArrival"))
                    object.virtualArrival = options.json && !$isFinite(message.virtualArrival) ? $String(message.virtualArrival) : message.virtualArrival;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.preferredAgentId != null && $Object.hasOwnProperty.call(message, "preferredAgentId"))
                    object.preferredAgentId = message.preferredAgentId;
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = $root.google.protobuf.Struct.toObject(message.context, options, _depth + 1);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                    object.deadline = options.json && !$isFinite(message.deadline) ? $String(message.deadline) : message.deadline;
                if (message.connectedAt != null && $Object.hasOwnProperty.call(message, "connectedAt"))
                    object.connectedAt = options.json && !$isFinite(message.connectedAt) ? $String(message.connectedAt) : message.connectedAt;
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold"))
                    object.onHold = message.onHold;
                if (message.externalId != null && $Object.hasOwnProperty.call(message, "externalId"))
                    object.externalId = message.externalId;
                if (message.repeatOf != null && $Object.hasOwnProperty.call(message, "repeatOf"))
                    object.repeatOf = message.repeatOf;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.transfers && message.transfers.length) {
                    object.transfers = $Array(message.transfers.length);
                    for (let j = 0; j < message.transfers.length; ++j)
                        object.transfers[j] = $root.switchboard.v1.TransferRecord.toObject(message.transfers[j], options, _depth + 1);
                }
                if (message.consultBy != null && $Object.hasOwnProperty.call(message, "consultBy"))
                    object.consultBy = message.consultBy;
                if (message.handoff != null && $Object.hasOwnProperty.call(message, "handoff"))
                    object.handoff = $root.switchboard.v1.BotHandoff.toObject(message.handoff, options, _depth + 1);
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                    object.callback = $root.switchboard.v1.CallbackInfo.toObject(message.callback, options, _depth + 1);
                if (message.followUp != null && $Object.hasOwnProperty.call(message, "followUp"))
                    object.followUp = $root.switchboard.v1.FollowUpInfo.toObject(message.followUp, options, _depth + 1);
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    object.summary = message.summary;
                return object;
            };

            Contact.prototype.toJSON = function() {
                return Contact.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Contact;
        })();

        v1.CallbackInfo = (function() {

            const CallbackInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CallbackInfo.prototype.number = null;
            CallbackInfo.prototype.requestedAt = 0;
            CallbackInfo.prototype.attempts = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CallbackInfo.prototype, "_number", {
                get: $util.oneOfGetter($oneOfFields = ["number"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            CallbackInfo.create = function(properties) {
                return new CallbackInfo(properties);
            };

            CallbackInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(10).string(message.number);
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt") && !$Object.is(message.requestedAt, 0))
                    writer.uint32(17).double(message.requestedAt);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(24).uint32(message.attempts);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CallbackInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.CallbackInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.number = reader.stringVerify();
                            message._number = "number";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.requestedAt = value;
                            else
                                delete message.requestedAt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CallbackInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties._number = 1;
                    if (!$util.isString(message.number))
                        return "number: string expected";
                }
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt"))
                    if (typeof message.requestedAt !== "number")
                        return "requestedAt: number expected";
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    if (!$util.isInteger(message.attempts))
                        return "attempts: integer expected";
                return null;
            };

            CallbackInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.CallbackInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.CallbackInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.CallbackInfo();
                if (object.number != null)
                    message.number = $String(object.number);
                if (object.requestedAt != null)
                    if (!$Object.is($Number(object.requestedAt), 0))
                        message.requestedAt = $Number(object.requestedAt);
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts >>> 0;
                return message;
            };

            CallbackInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestedAt = 0;
                    object.attempts = 0;
                }
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.requestedAt != null && $Object.hasOwnProperty.call(message, "requestedAt"))
                    object.requestedAt = options.json && !$isFinite(message.requestedAt) ? $String(message.requestedAt) : message.requestedAt;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                return object;
            };

            CallbackInfo.prototype.toJSON = function() {
                return CallbackInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CallbackInfo;
        })();

        v1.FollowUpInfo = (function() {

            const FollowUpInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FollowUpInfo.prototype.of = "";
            FollowUpInfo.prototype.byAgentId = "";
            FollowUpInfo.prototype.note = "";
            FollowUpInfo.prototype.dueAt = 0;

            FollowUpInfo.create = function(properties) {
                return new FollowUpInfo(properties);
            };

            FollowUpInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.of != null && $Object.hasOwnProperty.call(message, "of") && message.of !== "")
                    writer.uint32(10).string(message.of);
                if (message.byAgentId != null && $Object.hasOwnProperty.call(message, "byAgentId") && message.byAgentId !== "")
                    writer.uint32(18).string(message.byAgentId);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(26).string(message.note);
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt") && !$Object.is(message.dueAt, 0))
                    writer.uint32(33).double(message.dueAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FollowUpInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.FollowUpInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.of = value;
                            else
                                delete message.of;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.byAgentId = value;
                            else
                                delete message.byAgentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.dueAt = value;
                            else
                                delete message.dueAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FollowUpInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.of != null && $Object.hasOwnProperty.call(message, "of"))
                    if (!$util.isString(message.of))
                        return "of: string expected";
                if (message.byAgentId != null && $Object.hasOwnProperty.call(message, "byAgentId"))
                    if (!$util.isString(message.byAgentId))
                        return "byAgentId: string expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                    if (typeof message.dueAt !== "number")
                        return "dueAt: number expected";
                return null;
            };

            FollowUpInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.FollowUpInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.FollowUpInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.FollowUpInfo();
                if (object.of != null)
                    if (typeof object.of !== "string" || object.of.length)
                        message.of = $String(object.of);
                if (object.byAgentId != null)
                    if (typeof object.byAgentId !== "string" || object.byAgentId.length)
                        message.byAgentId = $String(object.byAgentId);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                if (object.dueAt != null)
                    if (!$Object.is($Number(object.dueAt), 0))
                        message.dueAt = $Number(object.dueAt);
                return message;
            };

            FollowUpInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.of = "";
                    object.byAgentId = "";
                    object.note = "";
                    object.dueAt = 0;
                }
                if (message.of != null && $Object.hasOwnProperty.call(message, "of"))
                    object.of = message.of;
                if (message.byAgentId != null && $Object.hasOwnProperty.call(message, "byAgentId"))
                    object.byAgentId = message.byAgentId;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                    object.dueAt = options.json && !$isFinite(message.dueAt) ? $String(message.dueAt) : message.dueAt;
                return object;
            };

            FollowUpInfo.prototype.toJSON = function() {
                return FollowUpInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FollowUpInfo;
        })();

        v1.TransferRecord = (function() {

            const TransferRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TransferRecord.prototype.at = 0;
            TransferRecord.prototype.fromAgentId = "";
            TransferRecord.prototype.fromQueueId = "";
            TransferRecord.prototype.toQueueId = "";
            TransferRecord.prototype.toAgentId = null;
            TransferRecord.prototype.mode = "";
            TransferRecord.prototype.notes = null;
            TransferRecord.prototype.escalation = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TransferRecord.prototype, "_toAgentId", {
                get: $util.oneOfGetter($oneOfFields = ["toAgentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TransferRecord.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TransferRecord.prototype, "_escalation", {
                get: $util.oneOfGetter($oneOfFields = ["escalation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TransferRecord.create = function(properties) {
                return new TransferRecord(properties);
            };

            TransferRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                    writer.uint32(9).double(message.at);
                if (message.fromAgentId != null && $Object.hasOwnProperty.call(message, "fromAgentId") && message.fromAgentId !== "")
                    writer.uint32(18).string(message.fromAgentId);
                if (message.fromQueueId != null && $Object.hasOwnProperty.call(message, "fromQueueId") && message.fromQueueId !== "")
                    writer.uint32(26).string(message.fromQueueId);
                if (message.toQueueId != null && $Object.hasOwnProperty.call(message, "toQueueId") && message.toQueueId !== "")
                    writer.uint32(34).string(message.toQueueId);
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId"))
                    writer.uint32(42).string(message.toAgentId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== "")
                    writer.uint32(50).string(message.mode);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(58).string(message.notes);
                if (message.escalation != null && $Object.hasOwnProperty.call(message, "escalation"))
                    writer.uint32(66).string(message.escalation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TransferRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.TransferRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromAgentId = value;
                            else
                                delete message.fromAgentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.fromQueueId = value;
                            else
                                delete message.fromQueueId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toQueueId = value;
                            else
                                delete message.toQueueId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.toAgentId = reader.stringVerify();
                            message._toAgentId = "toAgentId";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.escalation = reader.stringVerify();
                            message._escalation = "escalation";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TransferRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (typeof message.at !== "number")
                        return "at: number expected";
                if (message.fromAgentId != null && $Object.hasOwnProperty.call(message, "fromAgentId"))
                    if (!$util.isString(message.fromAgentId))
                        return "fromAgentId: string expected";
                if (message.fromQueueId != null && $Object.hasOwnProperty.call(message, "fromQueueId"))
                    if (!$util.isString(message.fromQueueId))
                        return "fromQueueId: string expected";
                if (message.toQueueId != null && $Object.hasOwnProperty.call(message, "toQueueId"))
                    if (!$util.isString(message.toQueueId))
                        return "toQueueId: string expected";
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId")) {
                    properties._toAgentId = 1;
                    if (!$util.isString(message.toAgentId))
                        return "toAgentId: string expected";
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (!$util.isString(message.mode))
                        return "mode: string expected";
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                if (message.escalation != null && $Object.hasOwnProperty.call(message, "escalation")) {
                    properties._escalation = 1;
                    if (!$util.isString(message.escalation))
                        return "escalation: string expected";
                }
                return null;
            };

            TransferRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.TransferRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.TransferRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.TransferRecord();
                if (object.at != null)
                    if (!$Object.is($Number(object.at), 0))
                        message.at = $Number(object.at);
                if (object.fromAgentId != null)
                    if (typeof object.fromAgentId !== "string" || object.fromAgentId.length)
                        message.fromAgentId = $String(object.fromAgentId);
                if (object.fromQueueId != null)
                    if (typeof object.fromQueueId !== "string" || object.fromQueueId.length)
                        message.fromQueueId = $String(object.fromQueueId);
                if (object.toQueueId != null)
                    if (typeof object.toQueueId !== "string" || object.toQueueId.length)
                        message.toQueueId = $String(object.toQueueId);
                if (object.toAgentId != null)
                    message.toAgentId = $String(object.toAgentId);
                if (object.mode != null)
                    if (typeof object.mode !== "string" || object.mode.length)
                        message.mode = $String(object.mode);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                if (object.escalation != null)
                    message.escalation = $String(object.escalation);
                return message;
            };

            TransferRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.at = 0;
                    object.fromAgentId = "";
                    object.fromQueueId = "";
                    object.toQueueId = "";
                    object.mode = "";
                }
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                if (message.fromAgentId != null && $Object.hasOwnProperty.call(message, "fromAgentId"))
                    object.fromAgentId = message.fromAgentId;
                if (message.fromQueueId != null && $Object.hasOwnProperty.call(message, "fromQueueId"))
                    object.fromQueueId = message.fromQueueId;
                if (message.toQueueId != null && $Object.hasOwnProperty.call(message, "toQueueId"))
                    object.toQueueId = message.toQueueId;
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId"))
                    object.toAgentId = message.toAgentId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.escalation != null && $Object.hasOwnProperty.call(message, "escalation"))
                    object.escalation = message.escalation;
                return object;
            };

            TransferRecord.prototype.toJSON = function() {
                return TransferRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransferRecord;
        })();

        v1.HistoryEntry = (function() {

            const HistoryEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryEntry.prototype.contactId = "";
            HistoryEntry.prototype.queueId = "";
            HistoryEntry.prototype.channel = "";
            HistoryEntry.prototype.agentId = "";
            HistoryEntry.prototype.startedAt = 0;
            HistoryEntry.prototype.endedAt = 0;
            HistoryEntry.prototype.disposition = null;
            HistoryEntry.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HistoryEntry.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HistoryEntry.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            HistoryEntry.create = function(properties) {
                return new HistoryEntry(properties);
            };

            HistoryEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(18).string(message.queueId);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(26).string(message.channel);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(34).string(message.agentId);
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt") && !$Object.is(message.startedAt, 0))
                    writer.uint32(41).double(message.startedAt);
                if (message.endedAt != null && $Object.hasOwnProperty.call(message, "endedAt") && !$Object.is(message.endedAt, 0))
                    writer.uint32(49).double(message.endedAt);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(58).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(66).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.HistoryEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startedAt = value;
                            else
                                delete message.startedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.endedAt = value;
                            else
                                delete message.endedAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    if (typeof message.startedAt !== "number")
                        return "startedAt: number expected";
                if (message.endedAt != null && $Object.hasOwnProperty.call(message, "endedAt"))
                    if (typeof message.endedAt !== "number")
                        return "endedAt: number expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            HistoryEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.HistoryEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.HistoryEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.HistoryEntry();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.startedAt != null)
                    if (!$Object.is($Number(object.startedAt), 0))
                        message.startedAt = $Number(object.startedAt);
                if (object.endedAt != null)
                    if (!$Object.is($Number(object.endedAt), 0))
                        message.endedAt = $Number(object.endedAt);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            HistoryEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.queueId = "";
                    object.channel = "";
                    object.agentId = "";
                    object.startedAt = 0;
                    object.endedAt = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.startedAt != null && $Object.hasOwnProperty.call(message, "startedAt"))
                    object.startedAt = options.json && !$isFinite(message.startedAt) ? $String(message.startedAt) : message.startedAt;
                if (message.endedAt != null && $Object.hasOwnProperty.call(message, "endedAt"))
                    object.endedAt = options.json && !$isFinite(message.endedAt) ? $String(message.endedAt) : message.endedAt;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            HistoryEntry.prototype.toJSON = function() {
                return HistoryEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HistoryEntry;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.at = 0;
            Event.prototype.actor = null;
            Event.prototype.offer = null;
            Event.prototype.shutdown = null;
            Event.prototype.agentLoggedIn = null;
            Event.prototype.agentPresenceChanged = null;
            Event.prototype.agentLoggedOut = null;
            Event.prototype.contactCreated = null;
            Event.prototype.contactStepChanged = null;
            Event.prototype.contactPreferenceEnded = null;
            Event.prototype.contactOffered = null;
            Event.prototype.contactOfferRejected = null;
            Event.prototype.contactOfferExpired = null;
            Event.prototype.contactOfferRevoked = null;
            Event.prototype.contactAccepted = null;
            Event.prototype.contactEnded = null;
            Event.prototype.contactClosed = null;
            Event.prototype.contactAbandoned = null;
            Event.prototype.contactRequeued = null;
            Event.prototype.contactUpdated = null;
            Event.prototype.contactConnected = null;
            Event.prototype.contactHoldChanged = null;
            Event.prototype.contactWrapUpRecorded = null;
            Event.prototype.contactTransferred = null;
            Event.prototype.contactTransferCompleted = null;
            Event.prototype.contactTransferCancelled = null;
            Event.prototype.contactSurveyAnswered = null;
            Event.prototype.contactCallbackRequested = null;
            Event.prototype.contactCallbackDialing = null;
            Event.prototype.contactCallbackFailed = null;
            Event.prototype.contactFollowUpScheduled = null;
            Event.prototype.contactDue = null;
            Event.prototype.streamOpened = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Event.prototype, "_actor", {
                get: $util.oneOfGetter($oneOfFields = ["actor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(Event.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["offer", "shutdown", "agentLoggedIn", "agentPresenceChanged", "agentLoggedOut", "contactCreated", "contactStepChanged", "contactPreferenceEnded", "contactOffered", "contactOfferRejected", "contactOfferExpired", "contactOfferRevoked", "contactAccepted", "contactEnded", "contactClosed", "contactAbandoned", "contactRequeued", "contactUpdated", "contactConnected", "contactHoldChanged", "contactWrapUpRecorded", "contactTransferred", "contactTransferCompleted", "contactTransferCancelled", "contactSurveyAnswered", "contactCallbackRequested", "contactCallbackDialing", "contactCallbackFailed", "contactFollowUpScheduled", "contactDue", "streamOpened"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                    writer.uint32(17).double(message.at);
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer"))
                    $root.switchboard.v1.Offer.encode(message.offer, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown"))
                    $root.switchboard.v1.Shutdown.encode(message.shutdown, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    writer.uint32(42).string(message.actor);
                if (message.agentLoggedIn != null && $Object.hasOwnProperty.call(message, "agentLoggedIn"))
                    $root.switchboard.v1.AgentLoggedIn.encode(message.agentLoggedIn, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.agentPresenceChanged != null && $Object.hasOwnProperty.call(message, "agentPresenceChanged"))
                    $root.switchboard.v1.AgentPresenceChanged.encode(message.agentPresenceChanged, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.agentLoggedOut != null && $Object.hasOwnProperty.call(message, "agentLoggedOut"))
                    $root.switchboard.v1.AgentLoggedOut.encode(message.agentLoggedOut, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.contactCreated != null && $Object.hasOwnProperty.call(message, "contactCreated"))
                    $root.switchboard.v1.ContactCreated.encode(message.contactCreated, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.contactStepChanged != null && $Object.hasOwnProperty.call(message, "contactStepChanged"))
                    $root.switchboard.v1.ContactStepChanged.encode(message.contactStepChanged, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.contactPreferenceEnded != null && $Object.hasOwnProperty.call(message, "contactPreferenceEnded"))
                    $root.switchboard.v1.ContactPreferenceEnded.encode(message.contactPreferenceEnded, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.contactOffered != null && $Object.hasOwnProperty.call(message, "contactOffered"))
                    $root.switchboard.v1.ContactOffered.encode(message.contactOffered, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.contactOfferRejected != null && $Object.hasOwnProperty.call(message, "contactOfferRejected"))
                    $root.switchboard.v1.ContactOfferRejected.encode(message.contactOfferRejected, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.contactOfferExpired != null && $Object.hasOwnProperty.call(message, "contactOfferExpired"))
                    $root.switchboard.v1.ContactOfferExpired.encode(message.contactOfferExpired, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.contactOfferRevoked != null && $Object.hasOwnProperty.call(message, "contactOfferRevoked"))
                    $root.switchboard.v1.ContactOfferRevoked.encode(message.contactOfferRevoked, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.contactAccepted != null && $Object.hasOwnProperty.call(message, "contactAccepted"))
                    $root.switchboard.v1.ContactAccepted.encode(message.contactAccepted, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.contactEnded != null && $Object.hasOwnProperty.call(message, "contactEnded"))
                    $root.switchboard.v1.ContactEnded.encode(message.contactEnded, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.contactClosed != null && $Object.hasOwnProperty.call(message, "contactClosed"))
                    $root.switchboard.v1.ContactClosed.encode(message.contactClosed, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.contactAbandoned != null && $Object.hasOwnProperty.call(message, "contactAbandoned"))
                    $root.switchboard.v1.ContactAbandoned.encode(message.contactAbandoned, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.contactRequeued != null && $Object.hasOwnProperty.call(message, "contactRequeued"))
                    $root.switchboard.v1.ContactRequeued.encode(message.contactRequeued, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.contactUpdated != null && $Object.hasOwnProperty.call(message, "contactUpdated"))
                    $root.switchboard.v1.ContactUpdated.encode(message.contactUpdated, writer.uint32(202).fork(), _depth + 1).ldelim();
                if (message.contactConnected != null && $Object.hasOwnProperty.call(message, "contactConnected"))
                    $root.switchboard.v1.ContactConnected.encode(message.contactConnected, writer.uint32(210).fork(), _depth + 1).ldelim();
                if (message.contactHoldChanged != null && $Object.hasOwnProperty.call(message, "contactHoldChanged"))
                    $root.switchboard.v1.ContactHoldChanged.encode(message.contactHoldChanged, writer.uint32(218).fork(), _depth + 1).ldelim();
                if (message.contactWrapUpRecorded != null && $Object.hasOwnProperty.call(message, "contactWrapUpRecorded"))
                    $root.switchboard.v1.ContactWrapUpRecorded.encode(message.contactWrapUpRecorded, writer.uint32(226).fork(), _depth + 1).ldelim();
                if (message.contactTransferred != null && $Object.hasOwnProperty.call(message, "contactTransferred"))
                    $root.switchboard.v1.ContactTransferred.encode(message.contactTransferred, writer.uint32(234).fork(), _depth + 1).ldelim();
                if (message.contactTransferCompleted != null && $Object.hasOwnProperty.call(message, "contactTransferCompleted"))
                    $root.switchboard.v1.ContactTransferCompleted.encode(message.contactTransferCompleted, writer.uint32(242).fork(), _depth + 1).ldelim();
                if (message.contactTransferCancelled != null && $Object.hasOwnProperty.call(message, "contactTransferCancelled"))
                    $root.switchboard.v1.ContactTransferCancelled.encode(message.contactTransferCancelled, writer.uint32(250).fork(), _depth + 1).ldelim();
                if (message.contactSurveyAnswered != null && $Object.hasOwnProperty.call(message, "contactSurveyAnswered"))
                    $root.switchboard.v1.ContactSurveyAnswered.encode(message.contactSurveyAnswered, writer.uint32(258).fork(), _depth + 1).ldelim();
                if (message.contactCallbackRequested != null && $Object.hasOwnProperty.call(message, "contactCallbackRequested"))
                    $root.switchboard.v1.ContactCallbackRequested.encode(message.contactCallbackRequested, writer.uint32(266).fork(), _depth + 1).ldelim();
                if (message.contactCallbackDialing != null && $Object.hasOwnProperty.call(message, "contactCallbackDialing"))
                    $root.switchboard.v1.ContactCallbackDialing.encode(message.contactCallbackDialing, writer.uint32(274).fork(), _depth + 1).ldelim();
                if (message.contactCallbackFailed != null && $Object.hasOwnProperty.call(message, "contactCallbackFailed"))
                    $root.switchboard.v1.ContactCallbackFailed.encode(message.contactCallbackFailed, writer.uint32(282).fork(), _depth + 1).ldelim();
                if (message.contactFollowUpScheduled != null && $Object.hasOwnProperty.call(message, "contactFollowUpScheduled"))
                    $root.switchboard.v1.ContactFollowUpScheduled.encode(message.contactFollowUpScheduled, writer.uint32(290).fork(), _depth + 1).ldelim();
                if (message.contactDue != null && $Object.hasOwnProperty.call(message, "contactDue"))
                    $root.switchboard.v1.ContactDue.encode(message.contactDue, writer.uint32(298).fork(), _depth + 1).ldelim();
                if (message.streamOpened != null && $Object.hasOwnProperty.call(message, "streamOpened"))
                    $root.switchboard.v1.StreamOpened.encode(message.streamOpened, writer.uint32(482).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.actor = reader.stringVerify();
                            message._actor = "actor";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.offer = $root.switchboard.v1.Offer.decode(reader, reader.size(), $undefined, _depth + 1, message.offer);
                            message.payload = "offer";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.shutdown = $root.switchboard.v1.Shutdown.decode(reader, reader.size(), $undefined, _depth + 1, message.shutdown);
                            message.payload = "shutdown";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.agentLoggedIn = $root.switchboard.v1.AgentLoggedIn.decode(reader, reader.size(), $undefined, _depth + 1, message.agentLoggedIn);
                            message.payload = "agentLoggedIn";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.agentPresenceChanged = $root.switchboard.v1.AgentPresenceChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.agentPresenceChanged);
                            message.payload = "agentPresenceChanged";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.agentLoggedOut = $root.switchboard.v1.AgentLoggedOut.decode(reader, reader.size(), $undefined, _depth + 1, message.agentLoggedOut);
                            message.payload = "agentLoggedOut";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.contactCreated = $root.switchboard.v1.ContactCreated.decode(reader, reader.size(), $undefined, _depth + 1, message.contactCreated);
                            message.payload = "contactCreated";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.contactStepChanged = $root.switchboard.v1.ContactStepChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.contactStepChanged);
                            message.payload = "contactStepChanged";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.contactPreferenceEnded = $root.switchboard.v1.ContactPreferenceEnded.decode(reader, reader.size(), $undefined, _depth + 1, message.contactPreferenceEnded);
                            message.payload = "contactPreferenceEnded";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.contactOffered = $root.switchboard.v1.ContactOffered.decode(reader, reader.size(), $undefined, _depth + 1, message.contactOffered);
                            message.payload = "contactOffered";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.contactOfferRejected = $root.switchboard.v1.ContactOfferRejected.decode(reader, reader.size(), $undefined, _depth + 1, message.contactOfferRejected);
                            message.payload = "contactOfferRejected";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.contactOfferExpired = $root.switchboard.v1.ContactOfferExpired.decode(reader, reader.size(), $undefined, _depth + 1, message.contactOfferExpired);
                            message.payload = "contactOfferExpired";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.contactOfferRevoked = $root.switchboard.v1.ContactOfferRevoked.decode(reader, reader.size(), $undefined, _depth + 1, message.contactOfferRevoked);
                            message.payload = "contactOfferRevoked";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.contactAccepted = $root.switchboard.v1.ContactAccepted.decode(reader, reader.size(), $undefined, _depth + 1, message.contactAccepted);
                            message.payload = "contactAccepted";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.contactEnded = $root.switchboard.v1.ContactEnded.decode(reader, reader.size(), $undefined, _depth + 1, message.contactEnded);
                            message.payload = "contactEnded";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.contactClosed = $root.switchboard.v1.ContactClosed.decode(reader, reader.size(), $undefined, _depth + 1, message.contactClosed);
                            message.payload = "contactClosed";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.contactAbandoned = $root.switchboard.v1.ContactAbandoned.decode(reader, reader.size(), $undefined, _depth + 1, message.contactAbandoned);
                            message.payload = "contactAbandoned";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.contactRequeued = $root.switchboard.v1.ContactRequeued.decode(reader, reader.size(), $undefined, _depth + 1, message.contactRequeued);
                            message.payload = "contactRequeued";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.contactUpdated = $root.switchboard.v1.ContactUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.contactUpdated);
                            message.payload = "contactUpdated";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.contactConnected = $root.switchboard.v1.ContactConnected.decode(reader, reader.size(), $undefined, _depth + 1, message.contactConnected);
                            message.payload = "contactConnected";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.contactHoldChanged = $root.switchboard.v1.ContactHoldChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.contactHoldChanged);
                            message.payload = "contactHoldChanged";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.contactWrapUpRecorded = $root.switchboard.v1.ContactWrapUpRecorded.decode(reader, reader.size(), $undefined, _depth + 1, message.contactWrapUpRecorded);
                            message.payload = "contactWrapUpRecorded";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.contactTransferred = $root.switchboard.v1.ContactTransferred.decode(reader, reader.size(), $undefined, _depth + 1, message.contactTransferred);
                            message.payload = "contactTransferred";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.contactTransferCompleted = $root.switchboard.v1.ContactTransferCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.contactTransferCompleted);
                            message.payload = "contactTransferCompleted";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.contactTransferCancelled = $root.switchboard.v1.ContactTransferCancelled.decode(reader, reader.size(), $undefined, _depth + 1, message.contactTransferCancelled);
                            message.payload = "contactTransferCancelled";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.contactSurveyAnswered = $root.switchboard.v1.ContactSurveyAnswered.decode(reader, reader.size(), $undefined, _depth + 1, message.contactSurveyAnswered);
                            message.payload = "contactSurveyAnswered";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.contactCallbackRequested = $root.switchboard.v1.ContactCallbackRequested.decode(reader, reader.size(), $undefined, _depth + 1, message.contactCallbackRequested);
                            message.payload = "contactCallbackRequested";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.contactCallbackDialing = $root.switchboard.v1.ContactCallbackDialing.decode(reader, reader.size(), $undefined, _depth + 1, message.contactCallbackDialing);
                            message.payload = "contactCallbackDialing";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.contactCallbackFailed = $root.switchboard.v1.ContactCallbackFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.contactCallbackFailed);
                            message.payload = "contactCallbackFailed";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            message.contactFollowUpScheduled = $root.switchboard.v1.ContactFollowUpScheduled.decode(reader, reader.size(), $undefined, _depth + 1, message.contactFollowUpScheduled);
                            message.payload = "contactFollowUpScheduled";
                            continue;
                        }
                    case 37: {
                            if (wireType !== 2)
                                break;
                            message.contactDue = $root.switchboard.v1.ContactDue.decode(reader, reader.size(), $undefined, _depth + 1, message.contactDue);
                            message.payload = "contactDue";
                            continue;
                        }
                    case 60: {
                            if (wireType !== 2)
                                break;
                            message.streamOpened = $root.switchboard.v1.StreamOpened.decode(reader, reader.size(), $undefined, _depth + 1, message.streamOpened);
                            message.payload = "streamOpened";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (typeof message.at !== "number")
                        return "at: number expected";
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor")) {
                    properties._actor = 1;
                    if (!$util.isString(message.actor))
                        return "actor: string expected";
                }
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.Offer.verify(message.offer, _depth + 1);
                        if (error)
                            return "offer." + error;
                    }
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.Shutdown.verify(message.shutdown, _depth + 1);
                        if (error)
                            return "shutdown." + error;
                    }
                }
                if (message.agentLoggedIn != null && $Object.hasOwnProperty.call(message, "agentLoggedIn")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.AgentLoggedIn.verify(message.agentLoggedIn, _depth + 1);
                        if (error)
                            return "agentLoggedIn." + error;
                    }
                }
                if (message.agentPresenceChanged != null && $Object.hasOwnProperty.call(message, "agentPresenceChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.AgentPresenceChanged.verify(message.agentPresenceChanged, _depth + 1);
                        if (error)
                            return "agentPresenceChanged." + error;
                    }
                }
                if (message.agentLoggedOut != null && $Object.hasOwnProperty.call(message, "agentLoggedOut")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.AgentLoggedOut.verify(message.agentLoggedOut, _depth + 1);
                        if (error)
                            return "agentLoggedOut." + error;
                    }
                }
                if (message.contactCreated != null && $Object.hasOwnProperty.call(message, "contactCreated")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactCreated.verify(message.contactCreated, _depth + 1);
                        if (error)
                            return "contactCreated." + error;
                    }
                }
                if (message.contactStepChanged != null && $Object.hasOwnProperty.call(message, "contactStepChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactStepChanged.verify(message.contactStepChanged, _depth + 1);
                        if (error)
                            return "contactStepChanged." + error;
                    }
                }
                if (message.contactPreferenceEnded != null && $Object.hasOwnProperty.call(message, "contactPreferenceEnded")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactPreferenceEnded.verify(message.contactPreferenceEnded, _depth + 1);
                        if (error)
                            return "contactPreferenceEnded." + error;
                    }
                }
                if (message.contactOffered != null && $Object.hasOwnProperty.call(message, "contactOffered")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactOffered.verify(message.contactOffered, _depth + 1);
                        if (error)
                            return "contactOffered." + error;
                    }
                }
                if (message.contactOfferRejected != null && $Object.hasOwnProperty.call(message, "contactOfferRejected")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactOfferRejected.verify(message.contactOfferRejected, _depth + 1);
                        if (error)
                            return "contactOfferRejected." + error;
                    }
                }
                if (message.contactOfferExpired != null && $Object.hasOwnProperty.call(message, "contactOfferExpired")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactOfferExpired.verify(message.contactOfferExpired, _depth + 1);
                        if (error)
                            return "contactOfferExpired." + error;
                    }
                }
                if (message.contactOfferRevoked != null && $Object.hasOwnProperty.call(message, "contactOfferRevoked")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactOfferRevoked.verify(message.contactOfferRevoked, _depth + 1);
                        if (error)
                            return "contactOfferRevoked." + error;
                    }
                }
                if (message.contactAccepted != null && $Object.hasOwnProperty.call(message, "contactAccepted")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactAccepted.verify(message.contactAccepted, _depth + 1);
                        if (error)
                            return "contactAccepted." + error;
                    }
                }
                if (message.contactEnded != null && $Object.hasOwnProperty.call(message, "contactEnded")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactEnded.verify(message.contactEnded, _depth + 1);
                        if (error)
                            return "contactEnded." + error;
                    }
                }
                if (message.contactClosed != null && $Object.hasOwnProperty.call(message, "contactClosed")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactClosed.verify(message.contactClosed, _depth + 1);
                        if (error)
                            return "contactClosed." + error;
                    }
                }
                if (message.contactAbandoned != null && $Object.hasOwnProperty.call(message, "contactAbandoned")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactAbandoned.verify(message.contactAbandoned, _depth + 1);
                        if (error)
                            return "contactAbandoned." + error;
                    }
                }
                if (message.contactRequeued != null && $Object.hasOwnProperty.call(message, "contactRequeued")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactRequeued.verify(message.contactRequeued, _depth + 1);
                        if (error)
                            return "contactRequeued." + error;
                    }
                }
                if (message.contactUpdated != null && $Object.hasOwnProperty.call(message, "contactUpdated")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactUpdated.verify(message.contactUpdated, _depth + 1);
                        if (error)
                            return "contactUpdated." + error;
                    }
                }
                if (message.contactConnected != null && $Object.hasOwnProperty.call(message, "contactConnected")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactConnected.verify(message.contactConnected, _depth + 1);
                        if (error)
                            return "contactConnected." + error;
                    }
                }
                if (message.contactHoldChanged != null && $Object.hasOwnProperty.call(message, "contactHoldChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactHoldChanged.verify(message.contactHoldChanged, _depth + 1);
                        if (error)
                            return "contactHoldChanged." + error;
                    }
                }
                if (message.contactWrapUpRecorded != null && $Object.hasOwnProperty.call(message, "contactWrapUpRecorded")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactWrapUpRecorded.verify(message.contactWrapUpRecorded, _depth + 1);
                        if (error)
                            return "contactWrapUpRecorded." + error;
                    }
                }
                if (message.contactTransferred != null && $Object.hasOwnProperty.call(message, "contactTransferred")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactTransferred.verify(message.contactTransferred, _depth + 1);
                        if (error)
                            return "contactTransferred." + error;
                    }
                }
                if (message.contactTransferCompleted != null && $Object.hasOwnProperty.call(message, "contactTransferCompleted")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactTransferCompleted.verify(message.contactTransferCompleted, _depth + 1);
                        if (error)
                            return "contactTransferCompleted." + error;
                    }
                }
                if (message.contactTransferCancelled != null && $Object.hasOwnProperty.call(message, "contactTransferCancelled")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactTransferCancelled.verify(message.contactTransferCancelled, _depth + 1);
                        if (error)
                            return "contactTransferCancelled." + error;
                    }
                }
                if (message.contactSurveyAnswered != null && $Object.hasOwnProperty.call(message, "contactSurveyAnswered")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactSurveyAnswered.verify(message.contactSurveyAnswered, _depth + 1);
                        if (error)
                            return "contactSurveyAnswered." + error;
                    }
                }
                if (message.contactCallbackRequested != null && $Object.hasOwnProperty.call(message, "contactCallbackRequested")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactCallbackRequested.verify(message.contactCallbackRequested, _depth + 1);
                        if (error)
                            return "contactCallbackRequested." + error;
                    }
                }
                if (message.contactCallbackDialing != null && $Object.hasOwnProperty.call(message, "contactCallbackDialing")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactCallbackDialing.verify(message.contactCallbackDialing, _depth + 1);
                        if (error)
                            return "contactCallbackDialing." + error;
                    }
                }
                if (message.contactCallbackFailed != null && $Object.hasOwnProperty.call(message, "contactCallbackFailed")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactCallbackFailed.verify(message.contactCallbackFailed, _depth + 1);
                        if (error)
                            return "contactCallbackFailed." + error;
                    }
                }
                if (message.contactFollowUpScheduled != null && $Object.hasOwnProperty.call(message, "contactFollowUpScheduled")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactFollowUpScheduled.verify(message.contactFollowUpScheduled, _depth + 1);
                        if (error)
                            return "contactFollowUpScheduled." + error;
                    }
                }
                if (message.contactDue != null && $Object.hasOwnProperty.call(message, "contactDue")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.ContactDue.verify(message.contactDue, _depth + 1);
                        if (error)
                            return "contactDue." + error;
                    }
                }
                if (message.streamOpened != null && $Object.hasOwnProperty.call(message, "streamOpened")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.switchboard.v1.StreamOpened.verify(message.streamOpened, _depth + 1);
                        if (error)
                            return "streamOpened." + error;
                    }
                }
                return null;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Event();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.at != null)
                    if (!$Object.is($Number(object.at), 0))
                        message.at = $Number(object.at);
                if (object.actor != null)
                    message.actor = $String(object.actor);
                if (object.offer != null) {
                    if (!$util.isObject(object.offer))
                        throw $TypeError(".switchboard.v1.Event.offer: object expected");
                    message.offer = $root.switchboard.v1.Offer.fromObject(object.offer, _depth + 1);
                }
                if (object.shutdown != null) {
                    if (!$util.isObject(object.shutdown))
                        throw $TypeError(".switchboard.v1.Event.shutdown: object expected");
                    message.shutdown = $root.switchboard.v1.Shutdown.fromObject(object.shutdown, _depth + 1);
                }
                if (object.agentLoggedIn != null) {
                    if (!$util.isObject(object.agentLoggedIn))
                        throw $TypeError(".switchboard.v1.Event.agentLoggedIn: object expected");
                    message.agentLoggedIn = $root.switchboard.v1.AgentLoggedIn.fromObject(object.agentLoggedIn, _depth + 1);
                }
                if (object.agentPresenceChanged != null) {
                    if (!$util.isObject(object.agentPresenceChanged))
                        throw $TypeError(".switchboard.v1.Event.agentPresenceChanged: object expected");
                    message.agentPresenceChanged = $root.switchboard.v1.AgentPresenceChanged.fromObject(object.agentPresenceChanged, _depth + 1);
                }
                if (object.agentLoggedOut != null) {
                    if (!$util.isObject(object.agentLoggedOut))
                        throw $TypeError(".switchboard.v1.Event.agentLoggedOut: object expected");
                    message.agentLoggedOut = $root.switchboard.v1.AgentLoggedOut.fromObject(object.agentLoggedOut, _depth + 1);
                }
                if (object.contactCreated != null) {
                    if (!$util.isObject(object.contactCreated))
                        throw $TypeError(".switchboard.v1.Event.contactCreated: object expected");
                    message.contactCreated = $root.switchboard.v1.ContactCreated.fromObject(object.contactCreated, _depth + 1);
                }
                if (object.contactStepChanged != null) {
                    if (!$util.isObject(object.contactStepChanged))
                        throw $TypeError(".switchboard.v1.Event.contactStepChanged: object expected");
                    message.contactStepChanged = $root.switchboard.v1.ContactStepChanged.fromObject(object.contactStepChanged, _depth + 1);
                }
                if (object.contactPreferenceEnded != null) {
                    if (!$util.isObject(object.contactPreferenceEnded))
                        throw $TypeError(".switchboard.v1.Event.contactPreferenceEnded: object expected");
                    message.contactPreferenceEnded = $root.switchboard.v1.ContactPreferenceEnded.fromObject(object.contactPreferenceEnded, _depth + 1);
                }
                if (object.contactOffered != null) {
                    if (!$util.isObject(object.contactOffered))
                        throw $TypeError(".switchboard.v1.Event.contactOffered: object expected");
                    message.contactOffered = $root.switchboard.v1.ContactOffered.fromObject(object.contactOffered, _depth + 1);
                }
                if (object.contactOfferRejected != null) {
                    if (!$util.isObject(object.contactOfferRejected))
                        throw $TypeError(".switchboard.v1.Event.contactOfferRejected: object expected");
                    message.contactOfferRejected = $root.switchboard.v1.ContactOfferRejected.fromObject(object.contactOfferRejected, _depth + 1);
                }
                if (object.contactOfferExpired != null) {
                    if (!$util.isObject(object.contactOfferExpired))
                        throw $TypeError(".switchboard.v1.Event.contactOfferExpired: object expected");
                    message.contactOfferExpired = $root.switchboard.v1.ContactOfferExpired.fromObject(object.contactOfferExpired, _depth + 1);
                }
                if (object.contactOfferRevoked != null) {
                    if (!$util.isObject(object.contactOfferRevoked))
                        throw $TypeError(".switchboard.v1.Event.contactOfferRevoked: object expected");
                    message.contactOfferRevoked = $root.switchboard.v1.ContactOfferRevoked.fromObject(object.contactOfferRevoked, _depth + 1);
                }
                if (object.contactAccepted != null) {
                    if (!$util.isObject(object.contactAccepted))
                        throw $TypeError(".switchboard.v1.Event.contactAccepted: object expected");
                    message.contactAccepted = $root.switchboard.v1.ContactAccepted.fromObject(object.contactAccepted, _depth + 1);
                }
                if (object.contactEnded != null) {
                    if (!$util.isObject(object.contactEnded))
                        throw $TypeError(".switchboard.v1.Event.contactEnded: object expected");
                    message.contactEnded = $root.switchboard.v1.ContactEnded.fromObject(object.contactEnded, _depth + 1);
                }
                if (object.contactClosed != null) {
                    if (!$util.isObject(object.contactClosed))
                        throw $TypeError(".switchboard.v1.Event.contactClosed: object expected");
                    message.contactClosed = $root.switchboard.v1.ContactClosed.fromObject(object.contactClosed, _depth + 1);
                }
                if (object.contactAbandoned != null) {
                    if (!$util.isObject(object.contactAbandoned))
                        throw $TypeError(".switchboard.v1.Event.contactAbandoned: object expected");
                    message.contactAbandoned = $root.switchboard.v1.ContactAbandoned.fromObject(object.contactAbandoned, _depth + 1);
                }
                if (object.contactRequeued != null) {
                    if (!$util.isObject(object.contactRequeued))
                        throw $TypeError(".switchboard.v1.Event.contactRequeued: object expected");
                    message.contactRequeued = $root.switchboard.v1.ContactRequeued.fromObject(object.contactRequeued, _depth + 1);
                }
                if (object.contactUpdated != null) {
                    if (!$util.isObject(object.contactUpdated))
                        throw $TypeError(".switchboard.v1.Event.contactUpdated: object expected");
                    message.contactUpdated = $root.switchboard.v1.ContactUpdated.fromObject(object.contactUpdated, _depth + 1);
                }
                if (object.contactConnected != null) {
                    if (!$util.isObject(object.contactConnected))
                        throw $TypeError(".switchboard.v1.Event.contactConnected: object expected");
                    message.contactConnected = $root.switchboard.v1.ContactConnected.fromObject(object.contactConnected, _depth + 1);
                }
                if (object.contactHoldChanged != null) {
                    if (!$util.isObject(object.contactHoldChanged))
                        throw $TypeError(".switchboard.v1.Event.contactHoldChanged: object expected");
                    message.contactHoldChanged = $root.switchboard.v1.ContactHoldChanged.fromObject(object.contactHoldChanged, _depth + 1);
                }
                if (object.contactWrapUpRecorded != null) {
                    if (!$util.isObject(object.contactWrapUpRecorded))
                        throw $TypeError(".switchboard.v1.Event.contactWrapUpRecorded: object expected");
                    message.contactWrapUpRecorded = $root.switchboard.v1.ContactWrapUpRecorded.fromObject(object.contactWrapUpRecorded, _depth + 1);
                }
                if (object.contactTransferred != null) {
                    if (!$util.isObject(object.contactTransferred))
                        throw $TypeError(".switchboard.v1.Event.contactTransferred: object expected");
                    message.contactTransferred = $root.switchboard.v1.ContactTransferred.fromObject(object.contactTransferred, _depth + 1);
                }
                if (object.contactTransferCompleted != null) {
                    if (!$util.isObject(object.contactTransferCompleted))
                        throw $TypeError(".switchboard.v1.Event.contactTransferCompleted: object expected");
                    message.contactTransferCompleted = $root.switchboard.v1.ContactTransferCompleted.fromObject(object.contactTransferCompleted, _depth + 1);
                }
                if (object.contactTransferCancelled != null) {
                    if (!$util.isObject(object.contactTransferCancelled))
                        throw $TypeError(".switchboard.v1.Event.contactTransferCancelled: object expected");
                    message.contactTransferCancelled = $root.switchboard.v1.ContactTransferCancelled.fromObject(object.contactTransferCancelled, _depth + 1);
                }
                if (object.contactSurveyAnswered != null) {
                    if (!$util.isObject(object.contactSurveyAnswered))
                        throw $TypeError(".switchboard.v1.Event.contactSurveyAnswered: object expected");
                    message.contactSurveyAnswered = $root.switchboard.v1.ContactSurveyAnswered.fromObject(object.contactSurveyAnswered, _depth + 1);
                }
                if (object.contactCallbackRequested != null) {
                    if (!$util.isObject(object.contactCallbackRequested))
                        throw $TypeError(".switchboard.v1.Event.contactCallbackRequested: object expected");
                    message.contactCallbackRequested = $root.switchboard.v1.ContactCallbackRequested.fromObject(object.contactCallbackRequested, _depth + 1);
                }
                if (object.contactCallbackDialing != null) {
                    if (!$util.isObject(object.contactCallbackDialing))
                        throw $TypeError(".switchboard.v1.Event.contactCallbackDialing: object expected");
                    message.contactCallbackDialing = $root.switchboard.v1.ContactCallbackDialing.fromObject(object.contactCallbackDialing, _depth + 1);
                }
                if (object.contactCallbackFailed != null) {
                    if (!$util.isObject(object.contactCallbackFailed))
                        throw $TypeError(".switchboard.v1.Event.contactCallbackFailed: object expected");
                    message.contactCallbackFailed = $root.switchboard.v1.ContactCallbackFailed.fromObject(object.contactCallbackFailed, _depth + 1);
                }
                if (object.contactFollowUpScheduled != null) {
                    if (!$util.isObject(object.contactFollowUpScheduled))
                        throw $TypeError(".switchboard.v1.Event.contactFollowUpScheduled: object expected");
                    message.contactFollowUpScheduled = $root.switchboard.v1.ContactFollowUpScheduled.fromObject(object.contactFollowUpScheduled, _depth + 1);
                }
                if (object.contactDue != null) {
                    if (!$util.isObject(object.contactDue))
                        throw $TypeError(".switchboard.v1.Event.contactDue: object expected");
                    message.contactDue = $root.switchboard.v1.ContactDue.fromObject(object.contactDue, _depth + 1);
                }
                if (object.streamOpened != null) {
                    if (!$util.isObject(object.streamOpened))
                        throw $TypeError(".switchboard.v1.Event.streamOpened: object expected");
                    message.streamOpened = $root.switchboard.v1.StreamOpened.fromObject(object.streamOpened, _depth + 1);
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.at = 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                if (message.offer != null && $Object.hasOwnProperty.call(message, "offer")) {
                    object.offer = $root.switchboard.v1.Offer.toObject(message.offer, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "offer";
                }
                if (message.shutdown != null && $Object.hasOwnProperty.call(message, "shutdown")) {
                    object.shutdown = $root.switchboard.v1.Shutdown.toObject(message.shutdown, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "shutdown";
                }
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    object.actor = message.actor;
                if (message.agentLoggedIn != null && $Object.hasOwnProperty.call(message, "agentLoggedIn")) {
                    object.agentLoggedIn = $root.switchboard.v1.AgentLoggedIn.toObject(message.agentLoggedIn, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "agentLoggedIn";
                }
                if (message.agentPresenceChanged != null && $Object.hasOwnProperty.call(message, "agentPresenceChanged")) {
                    object.agentPresenceChanged = $root.switchboard.v1.AgentPresenceChanged.toObject(message.agentPresenceChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "agentPresenceChanged";
                }
                if (message.agentLoggedOut != null && $Object.hasOwnProperty.call(message, "agentLoggedOut")) {
                    object.agentLoggedOut = $root.switchboard.v1.AgentLoggedOut.toObject(message.agentLoggedOut, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "agentLoggedOut";
                }
                if (message.contactCreated != null && $Object.hasOwnProperty.call(message, "contactCreated")) {
                    object.contactCreated = $root.switchboard.v1.ContactCreated.toObject(message.contactCreated, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactCreated";
                }
                if (message.contactStepChanged != null && $Object.hasOwnProperty.call(message, "contactStepChanged")) {
                    object.contactStepChanged = $root.switchboard.v1.ContactStepChanged.toObject(message.contactStepChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactStepChanged";
                }
                if (message.contactPreferenceEnded != null && $Object.hasOwnProperty.call(message, "contactPreferenceEnded")) {
                    object.contactPreferenceEnded = $root.switchboard.v1.ContactPreferenceEnded.toObject(message.contactPreferenceEnded, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactPreferenceEnded";
                }
                if (message.contactOffered != null && $Object.hasOwnProperty.call(message, "contactOffered")) {
                    object.contactOffered = $root.switchboard.v1.ContactOffered.toObject(message.contactOffered, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactOffered";
                }
                if (message.contactOfferRejected != null && $Object.hasOwnProperty.call(message, "contactOfferRejected")) {
                    object.contactOfferRejected = $root.switchboard.v1.ContactOfferRejected.toObject(message.contactOfferRejected, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactOfferRejected";
                }
                if (message.contactOfferExpired != null && $Object.hasOwnProperty.call(message, "contactOfferExpired")) {
                    object.contactOfferExpired = $root.switchboard.v1.ContactOfferExpired.toObject(message.contactOfferExpired, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactOfferExpired";
                }
                if (message.contactOfferRevoked != null && $Object.hasOwnProperty.call(message, "contactOfferRevoked")) {
                    object.contactOfferRevoked = $root.switchboard.v1.ContactOfferRevoked.toObject(message.contactOfferRevoked, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactOfferRevoked";
                }
                if (message.contactAccepted != null && $Object.hasOwnProperty.call(message, "contactAccepted")) {
                    object.contactAccepted = $root.switchboard.v1.ContactAccepted.toObject(message.contactAccepted, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactAccepted";
                }
                if (message.contactEnded != null && $Object.hasOwnProperty.call(message, "contactEnded")) {
                    object.contactEnded = $root.switchboard.v1.ContactEnded.toObject(message.contactEnded, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactEnded";
                }
                if (message.contactClosed != null && $Object.hasOwnProperty.call(message, "contactClosed")) {
                    object.contactClosed = $root.switchboard.v1.ContactClosed.toObject(message.contactClosed, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactClosed";
                }
                if (message.contactAbandoned != null && $Object.hasOwnProperty.call(message, "contactAbandoned")) {
                    object.contactAbandoned = $root.switchboard.v1.ContactAbandoned.toObject(message.contactAbandoned, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactAbandoned";
                }
                if (message.contactRequeued != null && $Object.hasOwnProperty.call(message, "contactRequeued")) {
                    object.contactRequeued = $root.switchboard.v1.ContactRequeued.toObject(message.contactRequeued, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactRequeued";
                }
                if (message.contactUpdated != null && $Object.hasOwnProperty.call(message, "contactUpdated")) {
                    object.contactUpdated = $root.switchboard.v1.ContactUpdated.toObject(message.contactUpdated, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactUpdated";
                }
                if (message.contactConnected != null && $Object.hasOwnProperty.call(message, "contactConnected")) {
                    object.contactConnected = $root.switchboard.v1.ContactConnected.toObject(message.contactConnected, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactConnected";
                }
                if (message.contactHoldChanged != null && $Object.hasOwnProperty.call(message, "contactHoldChanged")) {
                    object.contactHoldChanged = $root.switchboard.v1.ContactHoldChanged.toObject(message.contactHoldChanged, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactHoldChanged";
                }
                if (message.contactWrapUpRecorded != null && $Object.hasOwnProperty.call(message, "contactWrapUpRecorded")) {
                    object.contactWrapUpRecorded = $root.switchboard.v1.ContactWrapUpRecorded.toObject(message.contactWrapUpRecorded, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactWrapUpRecorded";
                }
                if (message.contactTransferred != null && $Object.hasOwnProperty.call(message, "contactTransferred")) {
                    object.contactTransferred = $root.switchboard.v1.ContactTransferred.toObject(message.contactTransferred, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactTransferred";
                }
                if (message.contactTransferCompleted != null && $Object.hasOwnProperty.call(message, "contactTransferCompleted")) {
                    object.contactTransferCompleted = $root.switchboard.v1.ContactTransferCompleted.toObject(message.contactTransferCompleted, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactTransferCompleted";
                }
                if (message.contactTransferCancelled != null && $Object.hasOwnProperty.call(message, "contactTransferCancelled")) {
                    object.contactTransferCancelled = $root.switchboard.v1.ContactTransferCancelled.toObject(message.contactTransferCancelled, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactTransferCancelled";
                }
                if (message.contactSurveyAnswered != null && $Object.hasOwnProperty.call(message, "contactSurveyAnswered")) {
                    object.contactSurveyAnswered = $root.switchboard.v1.ContactSurveyAnswered.toObject(message.contactSurveyAnswered, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactSurveyAnswered";
                }
                if (message.contactCallbackRequested != null && $Object.hasOwnProperty.call(message, "contactCallbackRequested")) {
                    object.contactCallbackRequested = $root.switchboard.v1.ContactCallbackRequested.toObject(message.contactCallbackRequested, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactCallbackRequested";
                }
                if (message.contactCallbackDialing != null && $Object.hasOwnProperty.call(message, "contactCallbackDialing")) {
                    object.contactCallbackDialing = $root.switchboard.v1.ContactCallbackDialing.toObject(message.contactCallbackDialing, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactCallbackDialing";
                }
                if (message.contactCallbackFailed != null && $Object.hasOwnProperty.call(message, "contactCallbackFailed")) {
                    object.contactCallbackFailed = $root.switchboard.v1.ContactCallbackFailed.toObject(message.contactCallbackFailed, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactCallbackFailed";
                }
                if (message.contactFollowUpScheduled != null && $Object.hasOwnProperty.call(message, "contactFollowUpScheduled")) {
                    object.contactFollowUpScheduled = $root.switchboard.v1.ContactFollowUpScheduled.toObject(message.contactFollowUpScheduled, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactFollowUpScheduled";
                }
                if (message.contactDue != null && $Object.hasOwnProperty.call(message, "contactDue")) {
                    object.contactDue = $root.switchboard.v1.ContactDue.toObject(message.contactDue, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "contactDue";
                }
                if (message.streamOpened != null && $Object.hasOwnProperty.call(message, "streamOpened")) {
                    object.streamOpened = $root.switchboard.v1.StreamOpened.toObject(message.streamOpened, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "streamOpened";
                }
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        v1.StreamOpened = (function() {

            const StreamOpened = function (properties) {
                this.contacts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamOpened.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StreamOpened.prototype.resumedAfter = null;
            StreamOpened.prototype.replayed = 0;
            StreamOpened.prototype.error = null;
            StreamOpened.prototype.contacts = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StreamOpened.prototype, "_resumedAfter", {
                get: $util.oneOfGetter($oneOfFields = ["resumedAfter"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StreamOpened.prototype, "_error", {
                get: $util.oneOfGetter($oneOfFields = ["error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StreamOpened.create = function(properties) {
                return new StreamOpened(properties);
            };

            StreamOpened.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(8).uint64(message.lastSeq);
                if (message.resumedAfter != null && $Object.hasOwnProperty.call(message, "resumedAfter"))
                    writer.uint32(16).uint64(message.resumedAfter);
                if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed") && message.replayed !== 0)
                    writer.uint32(24).uint32(message.replayed);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.switchboard.v1.Error.encode(message.error, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.contacts != null && message.contacts.length)
                    for (let i = 0; i < message.contacts.length; ++i)
                        $root.switchboard.v1.Contact.encode(message.contacts[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamOpened.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.StreamOpened();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.resumedAfter = reader.uint64();
                            message._resumedAfter = "resumedAfter";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replayed = value;
                            else
                                delete message.replayed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.switchboard.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message._error = "error";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.contacts && message.contacts.length))
                                message.contacts = [];
                            message.contacts.push($root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamOpened.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                if (message.resumedAfter != null && $Object.hasOwnProperty.call(message, "resumedAfter")) {
                    properties._resumedAfter = 1;
                    if (!$util.isInteger(message.resumedAfter) && !(message.resumedAfter && $util.isInteger(message.resumedAfter.low) && $util.isInteger(message.resumedAfter.high)))
                        return "resumedAfter: integer|Long expected";
                }
                if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                    if (!$util.isInteger(message.replayed))
                        return "replayed: integer expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    properties._error = 1;
                    {
                        let error = $root.switchboard.v1.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.contacts != null && $Object.hasOwnProperty.call(message, "contacts")) {
                    if (!$Array.isArray(message.contacts))
                        return "contacts: array expected";
                    for (let i = 0; i < message.contacts.length; ++i) {
                        let error = $root.switchboard.v1.Contact.verify(message.contacts[i], _depth + 1);
                        if (error)
                            return "contacts." + error;
                    }
                }
                return null;
            };

            StreamOpened.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.StreamOpened)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.StreamOpened: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.StreamOpened();
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.resumedAfter != null)
                    if ($util.Long)
                        message.resumedAfter = $util.Long.fromValue(object.resumedAfter, true);
                    else if (typeof object.resumedAfter === "string")
                        message.resumedAfter = $parseInt(object.resumedAfter, 10);
                    else if (typeof object.resumedAfter === "number")
                        message.resumedAfter = object.resumedAfter;
                    else if (typeof object.resumedAfter === "object")
                        message.resumedAfter = new $util.LongBits(object.resumedAfter.low >>> 0, object.resumedAfter.high >>> 0).toNumber(true);
                if (object.replayed != null)
                    if ($Number(object.replayed) !== 0)
                        message.replayed = object.replayed >>> 0;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".switchboard.v1.StreamOpened.error: object expected");
                    message.error = $root.switchboard.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.contacts) {
                    if (!$Array.isArray(object.contacts))
                        throw $TypeError(".switchboard.v1.StreamOpened.contacts: array expected");
                    message.contacts = $Array(object.contacts.length);
                    for (let i = 0; i < object.contacts.length; ++i) {
                        if (!$util.isObject(object.contacts[i]))
                            throw $TypeError(".switchboard.v1.StreamOpened.contacts: object expected");
                        message.contacts[i] = $root.switchboard.v1.Contact.fromObject(object.contacts[i], _depth + 1);
                    }
                }
                return message;
            };

            StreamOpened.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.contacts = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.replayed = 0;
                }
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.resumedAfter != null && $Object.hasOwnProperty.call(message, "resumedAfter"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.resumedAfter = typeof message.resumedAfter === "number" ? $BigInt(message.resumedAfter) : $util.Long.fromBits(message.resumedAfter.low >>> 0, message.resumedAfter.high >>> 0, true).toBigInt();
                    else if (typeof message.resumedAfter === "number")
                        object.resumedAfter = options.longs === $String ? $String(message.resumedAfter) : message.resumedAfter;
                    else
                        object.resumedAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.resumedAfter) : options.longs === $Number ? new $util.LongBits(message.resumedAfter.low >>> 0, message.resumedAfter.high >>> 0).toNumber(true) : message.resumedAfter;
                if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed"))
                    object.replayed = message.replayed;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.switchboard.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.contacts && message.contacts.length) {
                    object.contacts = $Array(message.contacts.length);
                    for (let j = 0; j < message.contacts.length; ++j)
                        object.contacts[j] = $root.switchboard.v1.Contact.toObject(message.contacts[j], options, _depth + 1);
                }
                return object;
            };

            StreamOpened.prototype.toJSON = function() {
                return StreamOpened.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StreamOpened;
        })();

        v1.Offer = (function() {

            const Offer = function (properties) {
                this.history = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Offer.prototype.contact = null;
            Offer.prototype.expiresAt = null;
            Offer.prototype.history = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Offer.prototype, "_expiresAt", {
                get: $util.oneOfGetter($oneOfFields = ["expiresAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Offer.create = function(properties) {
                return new Offer(properties);
            };

            Offer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.switchboard.v1.Contact.encode(message.contact, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    writer.uint32(17).double(message.expiresAt);
                if (message.history != null && message.history.length)
                    for (let i = 0; i < message.history.length; ++i)
                        $root.switchboard.v1.HistoryEntry.encode(message.history[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Offer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Offer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.expiresAt = reader.double();
                            message._expiresAt = "expiresAt";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.history && message.history.length))
                                message.history = [];
                            message.history.push($root.switchboard.v1.HistoryEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Offer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    let error = $root.switchboard.v1.Contact.verify(message.contact, _depth + 1);
                    if (error)
                        return "contact." + error;
                }
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                    properties._expiresAt = 1;
                    if (typeof message.expiresAt !== "number")
                        return "expiresAt: number expected";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    if (!$Array.isArray(message.history))
                        return "history: array expected";
                    for (let i = 0; i < message.history.length; ++i) {
                        let error = $root.switchboard.v1.HistoryEntry.verify(message.history[i], _depth + 1);
                        if (error)
                            return "history." + error;
                    }
                }
                return null;
            };

            Offer.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Offer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Offer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Offer();
                if (object.contact != null) {
                    if (!$util.isObject(object.contact))
                        throw $TypeError(".switchboard.v1.Offer.contact: object expected");
                    message.contact = $root.switchboard.v1.Contact.fromObject(object.contact, _depth + 1);
                }
                if (object.expiresAt != null)
                    message.expiresAt = $Number(object.expiresAt);
                if (object.history) {
                    if (!$Array.isArray(object.history))
                        throw $TypeError(".switchboard.v1.Offer.history: array expected");
                    message.history = $Array(object.history.length);
                    for (let i = 0; i < object.history.length; ++i) {
                        if (!$util.isObject(object.history[i]))
                            throw $TypeError(".switchboard.v1.Offer.history: object expected");
                        message.history[i] = $root.switchboard.v1.HistoryEntry.fromObject(object.history[i], _depth + 1);
                    }
                }
                return message;
            };

            Offer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.history = [];
                if (options.defaults)
                    object.contact = null;
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = $root.switchboard.v1.Contact.toObject(message.contact, options, _depth + 1);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    object.expiresAt = options.json && !$isFinite(message.expiresAt) ? $String(message.expiresAt) : message.expiresAt;
                if (message.history && message.history.length) {
                    object.history = $Array(message.history.length);
                    for (let j = 0; j < message.history.length; ++j)
                        object.history[j] = $root.switchboard.v1.HistoryEntry.toObject(message.history[j], options, _depth + 1);
                }
                return object;
            };

            Offer.prototype.toJSON = function() {
                return Offer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Offer;
        })();

        v1.Shutdown = (function() {

            const Shutdown = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Shutdown.prototype.reason = "";

            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            Shutdown.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Shutdown.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.Shutdown();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Shutdown.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            Shutdown.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.Shutdown)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.Shutdown: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.Shutdown();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            Shutdown.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            Shutdown.prototype.toJSON = function() {
                return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Shutdown;
        })();

        v1.AgentLoggedIn = (function() {

            const AgentLoggedIn = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentLoggedIn.prototype.agentId = "";
            AgentLoggedIn.prototype.profile = null;
            AgentLoggedIn.prototype.loginSeq = 0;
            AgentLoggedIn.prototype.presence = "";
            AgentLoggedIn.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AgentLoggedIn.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AgentLoggedIn.create = function(properties) {
                return new AgentLoggedIn(properties);
            };

            AgentLoggedIn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    $root.switchboard.v1.AgentProfile.encode(message.profile, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq") && message.loginSeq !== 0)
                    writer.uint32(24).uint32(message.loginSeq);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence") && message.presence !== "")
                    writer.uint32(34).string(message.presence);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentLoggedIn.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentLoggedIn();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.profile = $root.switchboard.v1.AgentProfile.decode(reader, reader.size(), $undefined, _depth + 1, message.profile);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.loginSeq = value;
                            else
                                delete message.loginSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presence = value;
                            else
                                delete message.presence;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentLoggedIn.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                    let error = $root.switchboard.v1.AgentProfile.verify(message.profile, _depth + 1);
                    if (error)
                        return "profile." + error;
                }
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq"))
                    if (!$util.isInteger(message.loginSeq))
                        return "loginSeq: integer expected";
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            AgentLoggedIn.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentLoggedIn)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentLoggedIn: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentLoggedIn();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.profile != null) {
                    if (!$util.isObject(object.profile))
                        throw $TypeError(".switchboard.v1.AgentLoggedIn.profile: object expected");
                    message.profile = $root.switchboard.v1.AgentProfile.fromObject(object.profile, _depth + 1);
                }
                if (object.loginSeq != null)
                    if ($Number(object.loginSeq) !== 0)
                        message.loginSeq = object.loginSeq >>> 0;
                if (object.presence != null)
                    if (typeof object.presence !== "string" || object.presence.length)
                        message.presence = $String(object.presence);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            AgentLoggedIn.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.profile = null;
                    object.loginSeq = 0;
                    object.presence = "";
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = $root.switchboard.v1.AgentProfile.toObject(message.profile, options, _depth + 1);
                if (message.loginSeq != null && $Object.hasOwnProperty.call(message, "loginSeq"))
                    object.loginSeq = message.loginSeq;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            AgentLoggedIn.prototype.toJSON = function() {
                return AgentLoggedIn.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentLoggedIn;
        })();

        v1.AgentPresenceChanged = (function() {

            const AgentPresenceChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentPresenceChanged.prototype.agentId = "";
            AgentPresenceChanged.prototype.presence = "";
            AgentPresenceChanged.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AgentPresenceChanged.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AgentPresenceChanged.create = function(properties) {
                return new AgentPresenceChanged(properties);
            };

            AgentPresenceChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence") && message.presence !== "")
                    writer.uint32(18).string(message.presence);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentPresenceChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentPresenceChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.presence = value;
                            else
                                delete message.presence;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentPresenceChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            AgentPresenceChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentPresenceChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentPresenceChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentPresenceChanged();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.presence != null)
                    if (typeof object.presence !== "string" || object.presence.length)
                        message.presence = $String(object.presence);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            AgentPresenceChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agentId = "";
                    object.presence = "";
                }
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            AgentPresenceChanged.prototype.toJSON = function() {
                return AgentPresenceChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentPresenceChanged;
        })();

        v1.AgentLoggedOut = (function() {

            const AgentLoggedOut = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentLoggedOut.prototype.agentId = "";

            AgentLoggedOut.create = function(properties) {
                return new AgentLoggedOut(properties);
            };

            AgentLoggedOut.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(10).string(message.agentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentLoggedOut.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.AgentLoggedOut();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentLoggedOut.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                return null;
            };

            AgentLoggedOut.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.AgentLoggedOut)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.AgentLoggedOut: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.AgentLoggedOut();
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                return message;
            };

            AgentLoggedOut.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.agentId = "";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                return object;
            };

            AgentLoggedOut.prototype.toJSON = function() {
                return AgentLoggedOut.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgentLoggedOut;
        })();

        v1.ContactCreated = (function() {

            const ContactCreated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactCreated.prototype.contact = null;
            ContactCreated.prototype.redirectedFrom = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactCreated.prototype, "_redirectedFrom", {
                get: $util.oneOfGetter($oneOfFields = ["redirectedFrom"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactCreated.create = function(properties) {
                return new ContactCreated(properties);
            };

            ContactCreated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.switchboard.v1.Contact.encode(message.contact, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.redirectedFrom != null && $Object.hasOwnProperty.call(message, "redirectedFrom"))
                    writer.uint32(18).string(message.redirectedFrom);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactCreated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactCreated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.redirectedFrom = reader.stringVerify();
                            message._redirectedFrom = "redirectedFrom";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactCreated.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    let error = $root.switchboard.v1.Contact.verify(message.contact, _depth + 1);
                    if (error)
                        return "contact." + error;
                }
                if (message.redirectedFrom != null && $Object.hasOwnProperty.call(message, "redirectedFrom")) {
                    properties._redirectedFrom = 1;
                    if (!$util.isString(message.redirectedFrom))
                        return "redirectedFrom: string expected";
                }
                return null;
            };

            ContactCreated.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactCreated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactCreated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactCreated();
                if (object.contact != null) {
                    if (!$util.isObject(object.contact))
                        throw $TypeError(".switchboard.v1.ContactCreated.contact: object expected");
                    message.contact = $root.switchboard.v1.Contact.fromObject(object.contact, _depth + 1);
                }
                if (object.redirectedFrom != null)
                    message.redirectedFrom = $String(object.redirectedFrom);
                return message;
            };

            ContactCreated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contact = null;
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = $root.switchboard.v1.Contact.toObject(message.contact, options, _depth + 1);
                if (message.redirectedFrom != null && $Object.hasOwnProperty.call(message, "redirectedFrom"))
                    object.redirectedFrom = message.redirectedFrom;
                return object;
            };

            ContactCreated.prototype.toJSON = function() {
                return ContactCreated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactCreated;
        })();

        v1.ContactStepChanged = (function() {

            const ContactStepChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactStepChanged.prototype.contactId = "";
            ContactStepChanged.prototype.step = 0;
            ContactStepChanged.prototype.skipped = false;

            ContactStepChanged.create = function(properties) {
                return new ContactStepChanged(properties);
            };

            ContactStepChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(16).uint32(message.step);
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped") && message.skipped !== false)
                    writer.uint32(24).bool(message.skipped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactStepChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactStepChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.skipped = value;
                            else
                                delete message.skipped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactStepChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped"))
                    if (typeof message.skipped !== "boolean")
                        return "skipped: boolean expected";
                return null;
            };

            ContactStepChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactStepChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactStepChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactStepChanged();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.skipped != null)
                    if (object.skipped)
                        message.skipped = $Boolean(object.skipped);
                return message;
            };

            ContactStepChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.step = 0;
                    object.skipped = false;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.skipped != null && $Object.hasOwnProperty.call(message, "skipped"))
                    object.skipped = message.skipped;
                return object;
            };

            ContactStepChanged.prototype.toJSON = function() {
                return ContactStepChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactStepChanged;
        })();

        v1.ContactPreferenceEnded = (function() {

            const ContactPreferenceEnded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactPreferenceEnded.prototype.contactId = "";

            ContactPreferenceEnded.create = function(properties) {
                return new ContactPreferenceEnded(properties);
            };

            ContactPreferenceEnded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactPreferenceEnded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactPreferenceEnded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactPreferenceEnded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                return null;
            };

            ContactPreferenceEnded.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactPreferenceEnded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactPreferenceEnded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactPreferenceEnded();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                return message;
            };

            ContactPreferenceEnded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                return object;
            };

            ContactPreferenceEnded.prototype.toJSON = function() {
                return ContactPreferenceEnded.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactPreferenceEnded;
        })();

        v1.ContactOffered = (function() {

            const ContactOffered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactOffered.prototype.contactId = "";
            ContactOffered.prototype.agentId = "";
            ContactOffered.prototype.expiresAt = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactOffered.prototype, "_expiresAt", {
                get: $util.oneOfGetter($oneOfFields = ["expiresAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactOffered.create = function(properties) {
                return new ContactOffered(properties);
            };

            ContactOffered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    writer.uint32(25).double(message.expiresAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactOffered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactOffered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.expiresAt = reader.double();
                            message._expiresAt = "expiresAt";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactOffered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                    properties._expiresAt = 1;
                    if (typeof message.expiresAt !== "number")
                        return "expiresAt: number expected";
                }
                return null;
            };

            ContactOffered.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactOffered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactOffered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactOffered();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.expiresAt != null)
                    message.expiresAt = $Number(object.expiresAt);
                return message;
            };

            ContactOffered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                    object.expiresAt = options.json && !$isFinite(message.expiresAt) ? $String(message.expiresAt) : message.expiresAt;
                return object;
            };

            ContactOffered.prototype.toJSON = function() {
                return ContactOffered.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactOffered;
        })();

        v1.ContactOfferRejected = (function() {

            const ContactOfferRejected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactOfferRejected.prototype.contactId = "";
            ContactOfferRejected.prototype.agentId = "";

            ContactOfferRejected.create = function(properties) {
                return new ContactOfferRejected(properties);
            };

            ContactOfferRejected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactOfferRejected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactOfferRejected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactOfferRejected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                return null;
            };

            ContactOfferRejected.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactOfferRejected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactOfferRejected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactOfferRejected();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                return message;
            };

            ContactOfferRejected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                return object;
            };

            ContactOfferRejected.prototype.toJSON = function() {
                return ContactOfferRejected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactOfferRejected;
        })();

        v1.ContactOfferExpired = (function() {

            const ContactOfferExpired = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactOfferExpired.prototype.contactId = "";
            ContactOfferExpired.prototype.agentId = "";
            ContactOfferExpired.prototype.missedInRow = 0;

            ContactOfferExpired.create = function(properties) {
                return new ContactOfferExpired(properties);
            };

            ContactOfferExpired.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.missedInRow != null && $Object.hasOwnProperty.call(message, "missedInRow") && message.missedInRow !== 0)
                    writer.uint32(24).uint32(message.missedInRow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactOfferExpired.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactOfferExpired();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.missedInRow = value;
                            else
                                delete message.missedInRow;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactOfferExpired.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.missedInRow != null && $Object.hasOwnProperty.call(message, "missedInRow"))
                    if (!$util.isInteger(message.missedInRow))
                        return "missedInRow: integer expected";
                return null;
            };

            ContactOfferExpired.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactOfferExpired)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactOfferExpired: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactOfferExpired();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.missedInRow != null)
                    if ($Number(object.missedInRow) !== 0)
                        message.missedInRow = object.missedInRow >>> 0;
                return message;
            };

            ContactOfferExpired.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.missedInRow = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.missedInRow != null && $Object.hasOwnProperty.call(message, "missedInRow"))
                    object.missedInRow = message.missedInRow;
                return object;
            };

            ContactOfferExpired.prototype.toJSON = function() {
                return ContactOfferExpired.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactOfferExpired;
        })();

        v1.ContactOfferRevoked = (function() {

            const ContactOfferRevoked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactOfferRevoked.prototype.contactId = "";
            ContactOfferRevoked.prototype.agentId = "";
            ContactOfferRevoked.prototype.reason = "";

            ContactOfferRevoked.create = function(properties) {
                return new ContactOfferRevoked(properties);
            };

            ContactOfferRevoked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactOfferRevoked.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactOfferRevoked();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactOfferRevoked.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            ContactOfferRevoked.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactOfferRevoked)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactOfferRevoked: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactOfferRevoked();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            ContactOfferRevoked.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ContactOfferRevoked.prototype.toJSON = function() {
                return ContactOfferRevoked.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactOfferRevoked;
        })();

        v1.ContactAccepted = (function() {

            const ContactAccepted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactAccepted.prototype.contactId = "";
            ContactAccepted.prototype.agentId = "";
            ContactAccepted.prototype.auto = false;

            ContactAccepted.create = function(properties) {
                return new ContactAccepted(properties);
            };

            ContactAccepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.auto != null && $Object.hasOwnProperty.call(message, "auto") && message.auto !== false)
                    writer.uint32(24).bool(message.auto);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactAccepted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactAccepted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.auto = value;
                            else
                                delete message.auto;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactAccepted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.auto != null && $Object.hasOwnProperty.call(message, "auto"))
                    if (typeof message.auto !== "boolean")
                        return "auto: boolean expected";
                return null;
            };

            ContactAccepted.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactAccepted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactAccepted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactAccepted();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.auto != null)
                    if (object.auto)
                        message.auto = $Boolean(object.auto);
                return message;
            };

            ContactAccepted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.auto = false;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.auto != null && $Object.hasOwnProperty.call(message, "auto"))
                    object.auto = message.auto;
                return object;
            };

            ContactAccepted.prototype.toJSON = function() {
                return ContactAccepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactAccepted;
        })();

        v1.ContactEnded = (function() {

            const ContactEnded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactEnded.prototype.contactId = "";
            ContactEnded.prototype.agentId = "";
            ContactEnded.prototype.wrapUpUntil = null;
            ContactEnded.prototype.by = "";
            ContactEnded.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactEnded.prototype, "_wrapUpUntil", {
                get: $util.oneOfGetter($oneOfFields = ["wrapUpUntil"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactEnded.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactEnded.create = function(properties) {
                return new ContactEnded(properties);
            };

            ContactEnded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.wrapUpUntil != null && $Object.hasOwnProperty.call(message, "wrapUpUntil"))
                    writer.uint32(25).double(message.wrapUpUntil);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(34).string(message.by);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactEnded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactEnded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.wrapUpUntil = reader.double();
                            message._wrapUpUntil = "wrapUpUntil";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactEnded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.wrapUpUntil != null && $Object.hasOwnProperty.call(message, "wrapUpUntil")) {
                    properties._wrapUpUntil = 1;
                    if (typeof message.wrapUpUntil !== "number")
                        return "wrapUpUntil: number expected";
                }
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    if (!$util.isString(message.by))
                        return "by: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            ContactEnded.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactEnded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactEnded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactEnded();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.wrapUpUntil != null)
                    message.wrapUpUntil = $Number(object.wrapUpUntil);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            ContactEnded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.by = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.wrapUpUntil != null && $Object.hasOwnProperty.call(message, "wrapUpUntil"))
                    object.wrapUpUntil = options.json && !$isFinite(message.wrapUpUntil) ? $String(message.wrapUpUntil) : message.wrapUpUntil;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ContactEnded.prototype.toJSON = function() {
                return ContactEnded.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactEnded;
        })();

        v1.ContactClosed = (function() {

            const ContactClosed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactClosed.prototype.contactId = "";
            ContactClosed.prototype.agentId = "";
            ContactClosed.prototype.disposition = null;
            ContactClosed.prototype.notes = null;
            ContactClosed.prototype.by = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactClosed.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactClosed.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactClosed.create = function(properties) {
                return new ContactClosed(properties);
            };

            ContactClosed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(26).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(34).string(message.notes);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by") && message.by !== "")
                    writer.uint32(42).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactClosed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactClosed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.by = value;
                            else
                                delete message.by;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactClosed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    if (!$util.isString(message.by))
                        return "by: string expected";
                return null;
            };

            ContactClosed.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactClosed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactClosed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactClosed();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                if (object.by != null)
                    if (typeof object.by !== "string" || object.by.length)
                        message.by = $String(object.by);
                return message;
            };

            ContactClosed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.by = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            ContactClosed.prototype.toJSON = function() {
                return ContactClosed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactClosed;
        })();

        v1.ContactAbandoned = (function() {

            const ContactAbandoned = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactAbandoned.prototype.contactId = "";
            ContactAbandoned.prototype.offeredTo = null;
            ContactAbandoned.prototype.reason = null;
            ContactAbandoned.prototype.by = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactAbandoned.prototype, "_offeredTo", {
                get: $util.oneOfGetter($oneOfFields = ["offeredTo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactAbandoned.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactAbandoned.prototype, "_by", {
                get: $util.oneOfGetter($oneOfFields = ["by"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactAbandoned.create = function(properties) {
                return new ContactAbandoned(properties);
            };

            ContactAbandoned.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo"))
                    writer.uint32(18).string(message.offeredTo);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(26).string(message.reason);
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    writer.uint32(34).string(message.by);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactAbandoned.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactAbandoned();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.offeredTo = reader.stringVerify();
                            message._offeredTo = "offeredTo";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.by = reader.stringVerify();
                            message._by = "by";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactAbandoned.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo")) {
                    properties._offeredTo = 1;
                    if (!$util.isString(message.offeredTo))
                        return "offeredTo: string expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                if (message.by != null && $Object.hasOwnProperty.call(message, "by")) {
                    properties._by = 1;
                    if (!$util.isString(message.by))
                        return "by: string expected";
                }
                return null;
            };

            ContactAbandoned.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactAbandoned)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactAbandoned: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactAbandoned();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.offeredTo != null)
                    message.offeredTo = $String(object.offeredTo);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                if (object.by != null)
                    message.by = $String(object.by);
                return message;
            };

            ContactAbandoned.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo"))
                    object.offeredTo = message.offeredTo;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.by != null && $Object.hasOwnProperty.call(message, "by"))
                    object.by = message.by;
                return object;
            };

            ContactAbandoned.prototype.toJSON = function() {
                return ContactAbandoned.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactAbandoned;
        })();

        v1.ContactRequeued = (function() {

            const ContactRequeued = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactRequeued.prototype.contactId = "";
            ContactRequeued.prototype.agentId = "";
            ContactRequeued.prototype.reason = "";

            ContactRequeued.create = function(properties) {
                return new ContactRequeued(properties);
            };

            ContactRequeued.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactRequeued.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactRequeued();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactRequeued.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            ContactRequeued.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactRequeued)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactRequeued: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactRequeued();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            ContactRequeued.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ContactRequeued.prototype.toJSON = function() {
                return ContactRequeued.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactRequeued;
        })();

        v1.ContactUpdated = (function() {

            const ContactUpdated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactUpdated.prototype.contactId = "";
            ContactUpdated.prototype.priority = 0;
            ContactUpdated.prototype.queueId = "";
            ContactUpdated.prototype.step = 0;

            ContactUpdated.create = function(properties) {
                return new ContactUpdated(properties);
            };

            ContactUpdated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(16).int32(message.priority);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(26).string(message.queueId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(32).uint32(message.step);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactUpdated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactUpdated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactUpdated.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                return null;
            };

            ContactUpdated.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactUpdated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactUpdated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactUpdated();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.priority != null)
                    if ($Number(object.priority) !== 0)
                        message.priority = object.priority | 0;
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                return message;
            };

            ContactUpdated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.priority = 0;
                    object.queueId = "";
                    object.step = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                return object;
            };

            ContactUpdated.prototype.toJSON = function() {
                return ContactUpdated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactUpdated;
        })();

        v1.ContactConnected = (function() {

            const ContactConnected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactConnected.prototype.contactId = "";
            ContactConnected.prototype.agentId = "";

            ContactConnected.create = function(properties) {
                return new ContactConnected(properties);
            };

            ContactConnected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactConnected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactConnected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactConnected.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                return null;
            };

            ContactConnected.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactConnected)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactConnected: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactConnected();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                return message;
            };

            ContactConnected.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                return object;
            };

            ContactConnected.prototype.toJSON = function() {
                return ContactConnected.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactConnected;
        })();

        v1.ContactHoldChanged = (function() {

            const ContactHoldChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactHoldChanged.prototype.contactId = "";
            ContactHoldChanged.prototype.agentId = "";
            ContactHoldChanged.prototype.onHold = false;

            ContactHoldChanged.create = function(properties) {
                return new ContactHoldChanged(properties);
            };

            ContactHoldChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold") && message.onHold !== false)
                    writer.uint32(24).bool(message.onHold);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactHoldChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactHoldChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.onHold = value;
                            else
                                delete message.onHold;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactHoldChanged.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold"))
                    if (typeof message.onHold !== "boolean")
                        return "onHold: boolean expected";
                return null;
            };

            ContactHoldChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactHoldChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactHoldChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactHoldChanged();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.onHold != null)
                    if (object.onHold)
                        message.onHold = $Boolean(object.onHold);
                return message;
            };

            ContactHoldChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.onHold = false;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.onHold != null && $Object.hasOwnProperty.call(message, "onHold"))
                    object.onHold = message.onHold;
                return object;
            };

            ContactHoldChanged.prototype.toJSON = function() {
                return ContactHoldChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactHoldChanged;
        })();

        v1.ContactTransferred = (function() {

            const ContactTransferred = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactTransferred.prototype.contactId = "";
            ContactTransferred.prototype.agentId = "";
            ContactTransferred.prototype.transfer = null;
            ContactTransferred.prototype.queueId = "";
            ContactTransferred.prototype.step = 0;
            ContactTransferred.prototype.preferUntil = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactTransferred.prototype, "_preferUntil", {
                get: $util.oneOfGetter($oneOfFields = ["preferUntil"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactTransferred.create = function(properties) {
                return new ContactTransferred(properties);
            };

            ContactTransferred.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.switchboard.v1.TransferRecord.encode(message.transfer, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(34).string(message.queueId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(40).uint32(message.step);
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil"))
                    writer.uint32(49).double(message.preferUntil);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactTransferred.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactTransferred();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.switchboard.v1.TransferRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.preferUntil = reader.double();
                            message._preferUntil = "preferUntil";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactTransferred.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                    let error = $root.switchboard.v1.TransferRecord.verify(message.transfer, _depth + 1);
                    if (error)
                        return "transfer." + error;
                }
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil")) {
                    properties._preferUntil = 1;
                    if (typeof message.preferUntil !== "number")
                        return "preferUntil: number expected";
                }
                return null;
            };

            ContactTransferred.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactTransferred)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactTransferred: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactTransferred();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".switchboard.v1.ContactTransferred.transfer: object expected");
                    message.transfer = $root.switchboard.v1.TransferRecord.fromObject(object.transfer, _depth + 1);
                }
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.preferUntil != null)
                    message.preferUntil = $Number(object.preferUntil);
                return message;
            };

            ContactTransferred.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.transfer = null;
                    object.queueId = "";
                    object.step = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    object.transfer = $root.switchboard.v1.TransferRecord.toObject(message.transfer, options, _depth + 1);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil"))
                    object.preferUntil = options.json && !$isFinite(message.preferUntil) ? $String(message.preferUntil) : message.preferUntil;
                return object;
            };

            ContactTransferred.prototype.toJSON = function() {
                return ContactTransferred.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactTransferred;
        })();

        v1.ContactTransferCompleted = (function() {

            const ContactTransferCompleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactTransferCompleted.prototype.contactId = "";
            ContactTransferCompleted.prototype.agentId = "";
            ContactTransferCompleted.prototype.toAgentId = null;
            ContactTransferCompleted.prototype.reason = "";

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactTransferCompleted.prototype, "_toAgentId", {
                get: $util.oneOfGetter($oneOfFields = ["toAgentId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactTransferCompleted.create = function(properties) {
                return new ContactTransferCompleted(properties);
            };

            ContactTransferCompleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId"))
                    writer.uint32(26).string(message.toAgentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactTransferCompleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactTransferCompleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.toAgentId = reader.stringVerify();
                            message._toAgentId = "toAgentId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactTransferCompleted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId")) {
                    properties._toAgentId = 1;
                    if (!$util.isString(message.toAgentId))
                        return "toAgentId: string expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            ContactTransferCompleted.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactTransferCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactTransferCompleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactTransferCompleted();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.toAgentId != null)
                    message.toAgentId = $String(object.toAgentId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            ContactTransferCompleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.reason = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.toAgentId != null && $Object.hasOwnProperty.call(message, "toAgentId"))
                    object.toAgentId = message.toAgentId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ContactTransferCompleted.prototype.toJSON = function() {
                return ContactTransferCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactTransferCompleted;
        })();

        v1.ContactTransferCancelled = (function() {

            const ContactTransferCancelled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactTransferCancelled.prototype.contactId = "";
            ContactTransferCancelled.prototype.agentId = "";
            ContactTransferCancelled.prototype.offeredTo = null;
            ContactTransferCancelled.prototype.queueId = "";
            ContactTransferCancelled.prototype.step = 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactTransferCancelled.prototype, "_offeredTo", {
                get: $util.oneOfGetter($oneOfFields = ["offeredTo"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactTransferCancelled.create = function(properties) {
                return new ContactTransferCancelled(properties);
            };

            ContactTransferCancelled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo"))
                    writer.uint32(26).string(message.offeredTo);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(34).string(message.queueId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(40).uint32(message.step);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactTransferCancelled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactTransferCancelled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.offeredTo = reader.stringVerify();
                            message._offeredTo = "offeredTo";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactTransferCancelled.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo")) {
                    properties._offeredTo = 1;
                    if (!$util.isString(message.offeredTo))
                        return "offeredTo: string expected";
                }
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                return null;
            };

            ContactTransferCancelled.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactTransferCancelled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactTransferCancelled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactTransferCancelled();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.offeredTo != null)
                    message.offeredTo = $String(object.offeredTo);
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                return message;
            };

            ContactTransferCancelled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.queueId = "";
                    object.step = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.offeredTo != null && $Object.hasOwnProperty.call(message, "offeredTo"))
                    object.offeredTo = message.offeredTo;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                return object;
            };

            ContactTransferCancelled.prototype.toJSON = function() {
                return ContactTransferCancelled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactTransferCancelled;
        })();

        v1.ContactCallbackRequested = (function() {

            const ContactCallbackRequested = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactCallbackRequested.prototype.contactId = "";
            ContactCallbackRequested.prototype.number = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactCallbackRequested.prototype, "_number", {
                get: $util.oneOfGetter($oneOfFields = ["number"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactCallbackRequested.create = function(properties) {
                return new ContactCallbackRequested(properties);
            };

            ContactCallbackRequested.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(18).string(message.number);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactCallbackRequested.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactCallbackRequested();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.number = reader.stringVerify();
                            message._number = "number";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactCallbackRequested.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties._number = 1;
                    if (!$util.isString(message.number))
                        return "number: string expected";
                }
                return null;
            };

            ContactCallbackRequested.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactCallbackRequested)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactCallbackRequested: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactCallbackRequested();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.number != null)
                    message.number = $String(object.number);
                return message;
            };

            ContactCallbackRequested.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contactId = "";
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                return object;
            };

            ContactCallbackRequested.prototype.toJSON = function() {
                return ContactCallbackRequested.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactCallbackRequested;
        })();

        v1.ContactCallbackDialing = (function() {

            const ContactCallbackDialing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactCallbackDialing.prototype.contactId = "";
            ContactCallbackDialing.prototype.agentId = "";
            ContactCallbackDialing.prototype.attempt = 0;
            ContactCallbackDialing.prototype.number = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactCallbackDialing.prototype, "_number", {
                get: $util.oneOfGetter($oneOfFields = ["number"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactCallbackDialing.create = function(properties) {
                return new ContactCallbackDialing(properties);
            };

            ContactCallbackDialing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(24).uint32(message.attempt);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(34).string(message.number);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactCallbackDialing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactCallbackDialing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.number = reader.stringVerify();
                            message._number = "number";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactCallbackDialing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties._number = 1;
                    if (!$util.isString(message.number))
                        return "number: string expected";
                }
                return null;
            };

            ContactCallbackDialing.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactCallbackDialing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactCallbackDialing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactCallbackDialing();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.number != null)
                    message.number = $String(object.number);
                return message;
            };

            ContactCallbackDialing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.attempt = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                return object;
            };

            ContactCallbackDialing.prototype.toJSON = function() {
                return ContactCallbackDialing.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactCallbackDialing;
        })();

        v1.ContactCallbackFailed = (function() {

            const ContactCallbackFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactCallbackFailed.prototype.contactId = "";
            ContactCallbackFailed.prototype.agentId = "";
            ContactCallbackFailed.prototype.attempt = 0;
            ContactCallbackFailed.prototype.retryAt = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactCallbackFailed.prototype, "_retryAt", {
                get: $util.oneOfGetter($oneOfFields = ["retryAt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactCallbackFailed.create = function(properties) {
                return new ContactCallbackFailed(properties);
            };

            ContactCallbackFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(24).uint32(message.attempt);
                if (message.retryAt != null && $Object.hasOwnProperty.call(message, "retryAt"))
                    writer.uint32(33).double(message.retryAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactCallbackFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactCallbackFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.retryAt = reader.double();
                            message._retryAt = "retryAt";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactCallbackFailed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.retryAt != null && $Object.hasOwnProperty.call(message, "retryAt")) {
                    properties._retryAt = 1;
                    if (typeof message.retryAt !== "number")
                        return "retryAt: number expected";
                }
                return null;
            };

            ContactCallbackFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactCallbackFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactCallbackFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactCallbackFailed();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.retryAt != null)
                    message.retryAt = $Number(object.retryAt);
                return message;
            };

            ContactCallbackFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.attempt = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.retryAt != null && $Object.hasOwnProperty.call(message, "retryAt"))
                    object.retryAt = options.json && !$isFinite(message.retryAt) ? $String(message.retryAt) : message.retryAt;
                return object;
            };

            ContactCallbackFailed.prototype.toJSON = function() {
                return ContactCallbackFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactCallbackFailed;
        })();

        v1.ContactFollowUpScheduled = (function() {

            const ContactFollowUpScheduled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactFollowUpScheduled.prototype.contact = null;

            ContactFollowUpScheduled.create = function(properties) {
                return new ContactFollowUpScheduled(properties);
            };

            ContactFollowUpScheduled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    $root.switchboard.v1.Contact.encode(message.contact, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactFollowUpScheduled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactFollowUpScheduled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.contact = $root.switchboard.v1.Contact.decode(reader, reader.size(), $undefined, _depth + 1, message.contact);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactFollowUpScheduled.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact")) {
                    let error = $root.switchboard.v1.Contact.verify(message.contact, _depth + 1);
                    if (error)
                        return "contact." + error;
                }
                return null;
            };

            ContactFollowUpScheduled.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactFollowUpScheduled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactFollowUpScheduled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactFollowUpScheduled();
                if (object.contact != null) {
                    if (!$util.isObject(object.contact))
                        throw $TypeError(".switchboard.v1.ContactFollowUpScheduled.contact: object expected");
                    message.contact = $root.switchboard.v1.Contact.fromObject(object.contact, _depth + 1);
                }
                return message;
            };

            ContactFollowUpScheduled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contact = null;
                if (message.contact != null && $Object.hasOwnProperty.call(message, "contact"))
                    object.contact = $root.switchboard.v1.Contact.toObject(message.contact, options, _depth + 1);
                return object;
            };

            ContactFollowUpScheduled.prototype.toJSON = function() {
                return ContactFollowUpScheduled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactFollowUpScheduled;
        })();

        v1.ContactDue = (function() {

            const ContactDue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactDue.prototype.contactId = "";
            ContactDue.prototype.step = 0;
            ContactDue.prototype.preferUntil = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactDue.prototype, "_preferUntil", {
                get: $util.oneOfGetter($oneOfFields = ["preferUntil"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactDue.create = function(properties) {
                return new ContactDue(properties);
            };

            ContactDue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(16).uint32(message.step);
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil"))
                    writer.uint32(25).double(message.preferUntil);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactDue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactDue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.preferUntil = reader.double();
                            message._preferUntil = "preferUntil";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactDue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil")) {
                    properties._preferUntil = 1;
                    if (typeof message.preferUntil !== "number")
                        return "preferUntil: number expected";
                }
                return null;
            };

            ContactDue.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactDue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactDue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactDue();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.preferUntil != null)
                    message.preferUntil = $Number(object.preferUntil);
                return message;
            };

            ContactDue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.step = 0;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.preferUntil != null && $Object.hasOwnProperty.call(message, "preferUntil"))
                    object.preferUntil = options.json && !$isFinite(message.preferUntil) ? $String(message.preferUntil) : message.preferUntil;
                return object;
            };

            ContactDue.prototype.toJSON = function() {
                return ContactDue.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactDue;
        })();

        v1.ContactSurveyAnswered = (function() {

            const ContactSurveyAnswered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactSurveyAnswered.prototype.contactId = "";
            ContactSurveyAnswered.prototype.agentId = "";
            ContactSurveyAnswered.prototype.queueId = "";
            ContactSurveyAnswered.prototype.channel = "";
            ContactSurveyAnswered.prototype.tier = "";
            ContactSurveyAnswered.prototype.helpful = false;
            ContactSurveyAnswered.prototype.reason = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactSurveyAnswered.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactSurveyAnswered.create = function(properties) {
                return new ContactSurveyAnswered(properties);
            };

            ContactSurveyAnswered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId") && message.queueId !== "")
                    writer.uint32(26).string(message.queueId);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(34).string(message.channel);
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier") && message.tier !== "")
                    writer.uint32(42).string(message.tier);
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful") && message.helpful !== false)
                    writer.uint32(48).bool(message.helpful);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(58).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactSurveyAnswered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactSurveyAnswered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queueId = value;
                            else
                                delete message.queueId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tier = value;
                            else
                                delete message.tier;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.helpful = value;
                            else
                                delete message.helpful;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactSurveyAnswered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    if (!$util.isString(message.queueId))
                        return "queueId: string expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (!$util.isString(message.channel))
                        return "channel: string expected";
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    if (!$util.isString(message.tier))
                        return "tier: string expected";
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful"))
                    if (typeof message.helpful !== "boolean")
                        return "helpful: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    properties._reason = 1;
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                }
                return null;
            };

            ContactSurveyAnswered.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactSurveyAnswered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactSurveyAnswered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactSurveyAnswered();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.queueId != null)
                    if (typeof object.queueId !== "string" || object.queueId.length)
                        message.queueId = $String(object.queueId);
                if (object.channel != null)
                    if (typeof object.channel !== "string" || object.channel.length)
                        message.channel = $String(object.channel);
                if (object.tier != null)
                    if (typeof object.tier !== "string" || object.tier.length)
                        message.tier = $String(object.tier);
                if (object.helpful != null)
                    if (object.helpful)
                        message.helpful = $Boolean(object.helpful);
                if (object.reason != null)
                    message.reason = $String(object.reason);
                return message;
            };

            ContactSurveyAnswered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                    object.queueId = "";
                    object.channel = "";
                    object.tier = "";
                    object.helpful = false;
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.queueId != null && $Object.hasOwnProperty.call(message, "queueId"))
                    object.queueId = message.queueId;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = message.channel;
                if (message.tier != null && $Object.hasOwnProperty.call(message, "tier"))
                    object.tier = message.tier;
                if (message.helpful != null && $Object.hasOwnProperty.call(message, "helpful"))
                    object.helpful = message.helpful;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            ContactSurveyAnswered.prototype.toJSON = function() {
                return ContactSurveyAnswered.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactSurveyAnswered;
        })();

        v1.ContactWrapUpRecorded = (function() {

            const ContactWrapUpRecorded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContactWrapUpRecorded.prototype.contactId = "";
            ContactWrapUpRecorded.prototype.agentId = "";
            ContactWrapUpRecorded.prototype.disposition = null;
            ContactWrapUpRecorded.prototype.notes = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactWrapUpRecorded.prototype, "_disposition", {
                get: $util.oneOfGetter($oneOfFields = ["disposition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ContactWrapUpRecorded.prototype, "_notes", {
                get: $util.oneOfGetter($oneOfFields = ["notes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContactWrapUpRecorded.create = function(properties) {
                return new ContactWrapUpRecorded(properties);
            };

            ContactWrapUpRecorded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId") && message.contactId !== "")
                    writer.uint32(10).string(message.contactId);
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId") && message.agentId !== "")
                    writer.uint32(18).string(message.agentId);
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    writer.uint32(26).string(message.disposition);
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    writer.uint32(34).string(message.notes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContactWrapUpRecorded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.switchboard.v1.ContactWrapUpRecorded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contactId = value;
                            else
                                delete message.contactId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentId = value;
                            else
                                delete message.agentId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.disposition = reader.stringVerify();
                            message._disposition = "disposition";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.notes = reader.stringVerify();
                            message._notes = "notes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContactWrapUpRecorded.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    if (!$util.isString(message.contactId))
                        return "contactId: string expected";
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    if (!$util.isString(message.agentId))
                        return "agentId: string expected";
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition")) {
                    properties._disposition = 1;
                    if (!$util.isString(message.disposition))
                        return "disposition: string expected";
                }
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes")) {
                    properties._notes = 1;
                    if (!$util.isString(message.notes))
                        return "notes: string expected";
                }
                return null;
            };

            ContactWrapUpRecorded.fromObject = function (object, _depth) {
                if (object instanceof $root.switchboard.v1.ContactWrapUpRecorded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".switchboard.v1.ContactWrapUpRecorded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.switchboard.v1.ContactWrapUpRecorded();
                if (object.contactId != null)
                    if (typeof object.contactId !== "string" || object.contactId.length)
                        message.contactId = $String(object.contactId);
                if (object.agentId != null)
                    if (typeof object.agentId !== "string" || object.agentId.length)
                        message.agentId = $String(object.agentId);
                if (object.disposition != null)
                    message.disposition = $String(object.disposition);
                if (object.notes != null)
                    message.notes = $String(object.notes);
                return message;
            };

            ContactWrapUpRecorded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.contactId = "";
                    object.agentId = "";
                }
                if (message.contactId != null && $Object.hasOwnProperty.call(message, "contactId"))
                    object.contactId = message.contactId;
                if (message.agentId != null && $Object.hasOwnProperty.call(message, "agentId"))
                    object.agentId = message.agentId;
                if (message.disposition != null && $Object.hasOwnProperty.call(message, "disposition"))
                    object.disposition = message.disposition;
                if (message.notes != null && $Object.hasOwnProperty.call(message, "notes"))
                    object.notes = message.notes;
                return object;
            };

            ContactWrapUpRecorded.prototype.toJSON = function() {
                return ContactWrapUpRecorded.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ContactWrapUpRecorded;
        })();

        return v1;
    })();

    return switchboard;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Struct = (function() {

            const Struct = function (properties) {
                this.fields = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Struct.prototype.fields = $util.emptyObject;

            Struct.create = function(properties) {
                return new Struct(properties);
            };

            Struct.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
                    for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
                        writer.uint32(10).fork().uint32(10).string(keys[i]);
                        $root.google.protobuf.Value.encode(message.fields[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Struct.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Struct();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.fields === $util.emptyObject)
                                message.fields = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.fields, key);
                            message.fields[key] = value || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Struct.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.fields != null && $Object.hasOwnProperty.call(message, "fields")) {
                    if (!$util.isObject(message.fields))
                        return "fields: object expected";
                    let key = $Object.keys(message.fields);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.fields[key[i]], _depth + 1);
                        if (error)
                            return "fields." + error;
                    }
                }
                return null;
            };

            Struct.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Struct)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Struct();
                if (object.fields) {
                    if (!$util.isObject(object.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    message.fields = {};
                    for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.fields, keys[i]);
                        if (!$util.isObject(object.fields[keys[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
                    }
                }
                return message;
            };

            Struct.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.fields = {};
                let keys2;
                if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
                    object.fields = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.fields, keys2[j]);
                        object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(message.fields[keys2[j]], options, _depth + 1);
                    }
                }
                return object;
            };

            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Value.prototype.nullValue = null;
            Value.prototype.numberValue = null;
            Value.prototype.stringValue = null;
            Value.prototype.boolValue = null;
            Value.prototype.structValue = null;
            Value.prototype.listValue = null;

            let $oneOfFields;

            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Value.create = function(properties) {
                return new Value(properties);
            };

            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
                    writer.uint32(8).int32(message.nullValue);
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
                    writer.uint32(17).double(message.numberValue);
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(26).string(message.stringValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(32).bool(message.boolValue);
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
                    $root.google.protobuf.Struct.encode(message.structValue, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
                    $root.google.protobuf.ListValue.encode(message.listValue, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.nullValue = reader.int32();
                            message.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.numberValue = reader.double();
                            message.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stringValue = reader.stringVerify();
                            message.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.structValue = $root.google.protobuf.Struct.decode(reader, reader.size(), $undefined, _depth + 1, message.structValue);
                            message.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listValue = $root.google.protobuf.ListValue.decode(reader, reader.size(), $undefined, _depth + 1, message.listValue);
                            message.kind = "listValue";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    properties.kind = 1;
                    if (typeof message.nullValue !== "number" || (message.nullValue | 0) !== message.nullValue)
                        return "nullValue: enum value expected";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.stringValue))
                        return "stringValue: string expected";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.Struct.verify(message.structValue, _depth + 1);
                        if (error)
                            return "structValue." + error;
                    }
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.google.protobuf.ListValue.verify(message.listValue, _depth + 1);
                        if (error)
                            return "listValue." + error;
                    }
                }
                return null;
            };

            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Value();
                switch (object.nullValue) {
                case "NULL_VALUE":
                case 0:
                    message.nullValue = 0;
                    break;
                default:
                    if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
                        message.nullValue = object.nullValue;
                }
                if (object.numberValue != null)
                    message.numberValue = $Number(object.numberValue);
                if (object.stringValue != null)
                    message.stringValue = $String(object.stringValue);
                if (object.boolValue != null)
                    message.boolValue = $Boolean(object.boolValue);
                if (object.structValue != null) {
                    if (!$util.isObject(object.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
                }
                if (object.listValue != null) {
                    if (!$util.isObject(object.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
                }
                return message;
            };

            Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
                    object.nullValue = options.enums === $String ? $root.google.protobuf.NullValue[message.nullValue] === $undefined ? message.nullValue : $root.google.protobuf.NullValue[message.nullValue] : message.nullValue;
                    if (options.oneofs)
                        object.kind = "nullValue";
                }
                if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
                    object.numberValue = options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
                    if (options.oneofs)
                        object.kind = "numberValue";
                }
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                    object.stringValue = message.stringValue;
                    if (options.oneofs)
                        object.kind = "stringValue";
                }
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                    object.boolValue = message.boolValue;
                    if (options.oneofs)
                        object.kind = "boolValue";
                }
                if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
                    object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "structValue";
                }
                if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
                    object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "listValue";
                }
                return object;
            };

            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Value;
        })();

        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            const ListValue = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListValue.prototype.values = $util.emptyArray;

            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            ListValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.google.protobuf.Value.encode(message.values[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.ListValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i) {
                        let error = $root.google.protobuf.Value.verify(message.values[i], _depth + 1);
                        if (error)
                            return "values." + error;
                    }
                }
                return null;
            };

            ListValue.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.ListValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.ListValue();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i) {
                        if (!$util.isObject(object.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
                    }
                }
                return message;
            };

            ListValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
                }
                return object;
            };

            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListValue;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
